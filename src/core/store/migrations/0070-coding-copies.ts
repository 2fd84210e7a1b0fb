import type { Database } from 'better-sqlite3';

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

/**
 * A second coder's copy and merging it back. A lab has nowhere else to say that it is a copy made for
 * someone (merge must know which lab it came from and for whom), nor to remember the documenter's decisions
 * on a copy already merged (so merging the same copy again does not ask again).
 */
export default function up(db: Database): void {
  db.exec(`
    -- In a coding copy only: the one row saying which lab it was copied from, for whom and when (created_at).
    CREATE TABLE coding_copy (
      id TEXT PRIMARY KEY,
      origin_lab_id TEXT NOT NULL,
      for_coder_id TEXT NOT NULL REFERENCES coder(id),
      hide_others INTEGER NOT NULL CHECK (hide_others IN (0, 1)),
      ${STAMPS}
    );

    -- In the lab a copy is merged into: one row per merge, with the conflicts decided in it.
    CREATE TABLE coding_merge (
      id TEXT PRIMARY KEY,
      copy_id TEXT NOT NULL,
      decisions TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(decisions)),
      ${STAMPS}
    );
    CREATE INDEX coding_merge_copy ON coding_merge(copy_id);
  `);
}
