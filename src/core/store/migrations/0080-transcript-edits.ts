import type { Database } from 'better-sqlite3';

/**
 * A source's text can be corrected after it was coded. Excerpts move with each edit; one whose own words changed
 * is flagged until a documenter has looked at it (`needs_review`), with its text from before the first edit that
 * flagged it, so the review can show what was coded. The full-text index of source text gains the update trigger
 * it never needed while text could not change. The original file bytes are never touched.
 */
export default function up(db: Database): void {
  db.exec(`
    ALTER TABLE excerpt ADD COLUMN needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1));
    ALTER TABLE excerpt ADD COLUMN text_before_edit TEXT;
    CREATE INDEX excerpt_needs_review ON excerpt(source_id, start) WHERE needs_review = 1;

    CREATE TRIGGER source_fts_update AFTER UPDATE OF text ON source_content BEGIN
      INSERT INTO source_fts (source_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
      INSERT INTO source_fts (rowid, text) VALUES (new.rowid, new.text);
    END;
  `);
}
