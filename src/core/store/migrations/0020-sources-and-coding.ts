import type { Database } from 'better-sqlite3';

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

/** Sources with their text and original bytes, speakers, the codebook, excerpts and full-text search. */
export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE source (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      kind TEXT NOT NULL DEFAULT 'interview' CHECK (kind IN ('interview', 'focus group', 'convening notes',
        'field notes', 'survey', 'policy document', 'research study', 'dataset', 'other')),
      format TEXT NOT NULL,
      file_name TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      byte_size INTEGER NOT NULL,
      word_count INTEGER NOT NULL,
      language TEXT NOT NULL DEFAULT '',
      date TEXT,
      phase_id TEXT REFERENCES phase(id),
      convening_id TEXT REFERENCES convening(id),
      attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
      ${STAMPS}
    );
    CREATE UNIQUE INDEX source_sha256 ON source(sha256);

    -- The large, never-changing part of a source lives apart from its metadata, so listing sources and
    -- joining excerpts to their source read a few hundred bytes per row, not a whole transcript.
    CREATE TABLE source_content (
      id TEXT PRIMARY KEY REFERENCES source(id),
      text TEXT NOT NULL,
      blocks TEXT NOT NULL CHECK (json_valid(blocks)),
      original BLOB NOT NULL
    );
    CREATE INDEX source_phase ON source(phase_id);
    CREATE INDEX source_convening ON source(convening_id);

    -- A speaker label as it appears in one source ("Interviewer", "DR. OKELLO"), mapped to a participant.
    CREATE TABLE source_speaker (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES source(id),
      label TEXT NOT NULL,
      participant_id TEXT REFERENCES participant(id),
      ${STAMPS},
      UNIQUE (source_id, label)
    );
    CREATE INDEX source_speaker_participant ON source_speaker(participant_id);

    CREATE TABLE code (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      colour TEXT NOT NULL DEFAULT '#7a8ca3',
      parent_id TEXT REFERENCES code(id),
      position INTEGER NOT NULL DEFAULT 0,
      definition TEXT NOT NULL DEFAULT '',
      when_to_use TEXT NOT NULL DEFAULT '',
      when_not_to_use TEXT NOT NULL DEFAULT '',
      example TEXT NOT NULL DEFAULT '',
      pinned INTEGER,
      ${STAMPS}
    );
    CREATE INDEX code_parent ON code(parent_id, position);
    -- Names are unique among siblings (two "Adaptation" codes under different parents are fine).
    CREATE UNIQUE INDEX code_sibling_name ON code(coalesce(parent_id, ''), name COLLATE NOCASE);

    -- A range [start, end) of a source's text in UTF-16 code units, and the text it covered. A source's text
    -- never changes, so the speaker of the turn it starts in and a line of context either side are kept with
    -- it: retrieval lists thousands of excerpts without loading a single transcript.
    CREATE TABLE excerpt (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL REFERENCES source(id),
      start INTEGER NOT NULL,
      end INTEGER NOT NULL,
      text TEXT NOT NULL,
      speaker TEXT,
      context_before TEXT NOT NULL DEFAULT '',
      context_after TEXT NOT NULL DEFAULT '',
      memo TEXT NOT NULL DEFAULT '',
      ${STAMPS},
      CHECK (end > start AND start >= 0)
    );
    CREATE INDEX excerpt_source ON excerpt(source_id, start);

    CREATE TABLE excerpt_code (
      id TEXT PRIMARY KEY,
      excerpt_id TEXT NOT NULL REFERENCES excerpt(id),
      code_id TEXT NOT NULL REFERENCES code(id),
      ${STAMPS},
      UNIQUE (excerpt_id, code_id)
    );
    CREATE INDEX excerpt_code_code ON excerpt_code(code_id, excerpt_id);

    -- Full-text search over source text, kept in step by triggers (so undo and redo re-index too).
    CREATE VIRTUAL TABLE source_fts USING fts5(
      text, content = 'source_content', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER source_fts_insert AFTER INSERT ON source_content BEGIN
      INSERT INTO source_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
    CREATE TRIGGER source_fts_delete AFTER DELETE ON source_content BEGIN
      INSERT INTO source_fts (source_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    END;
  `);
}
