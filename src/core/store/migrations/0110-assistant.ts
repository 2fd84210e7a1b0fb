import type { Database } from 'better-sqlite3';

/**
 * The coding assistant: codings and evidence tags accepted from a suggestion carry a mark (so they can be filtered
 * and reported on), and a rejected suggestion is kept, so it is never made again and the model learns from it.
 */
export default function up(db: Database): void {
  db.exec(`
    ALTER TABLE excerpt_code ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1));
    ALTER TABLE excerpt_evidence ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0 CHECK (suggested IN (0, 1));

    -- A passage [start, end) of a source and the code or evidence value the documenter said it is not. No foreign
    -- keys to the source, code or value: deleting or merging those must not have to know about rejections, and a
    -- rejection whose code is gone is simply never read (the queries join to the code).
    CREATE TABLE assistant_rejection (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL,
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      -- The passage's text, kept like an excerpt's: the model learns from it without loading the transcript.
      text TEXT NOT NULL,
      code_id TEXT,
      value_id TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      created_by TEXT REFERENCES coder(id),
      updated_by TEXT REFERENCES coder(id),
      CHECK ((code_id IS NULL) <> (value_id IS NULL)),
      CHECK (end > start AND start >= 0)
    );
    CREATE INDEX assistant_rejection_source ON assistant_rejection(source_id, start);
    CREATE INDEX assistant_rejection_code ON assistant_rejection(code_id);
    CREATE INDEX assistant_rejection_value ON assistant_rejection(value_id);
  `);
}
