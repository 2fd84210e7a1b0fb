import type { Database } from 'better-sqlite3';

/**
 * Recordings (audio or video) attached to sources, kept inside the lab so it stays one file that backups and
 * Save a Copy carry whole. The bytes are split into chunks of about 1 MB: SQLite reads a row's blob whole, so a
 * seek reads one or two chunks instead of the whole recording, and attaching commits a few chunks per transaction.
 * Neither table goes through the change log (a 2 GB recording copied into undo images would double the lab):
 * attaching is a job, detaching is confirmed, and deleting a source takes its recording with it.
 */
export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE recording (
      id TEXT PRIMARY KEY,
      source_id TEXT NOT NULL UNIQUE REFERENCES source(id) ON DELETE CASCADE,
      file_name TEXT NOT NULL,
      mime TEXT NOT NULL,
      sha256 TEXT NOT NULL,
      byte_size INTEGER NOT NULL CHECK (byte_size > 0),
      chunk_size INTEGER NOT NULL CHECK (chunk_size > 0),
      duration_ms INTEGER,
      -- 0 while the attach job is still writing chunks: a half-written recording is never served.
      complete INTEGER NOT NULL DEFAULT 0 CHECK (complete IN (0, 1)),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES coder(id)
    );

    CREATE TABLE recording_chunk (
      recording_id TEXT NOT NULL REFERENCES recording(id) ON DELETE CASCADE,
      seq INTEGER NOT NULL,
      bytes BLOB NOT NULL,
      PRIMARY KEY (recording_id, seq)
    );
  `);
}
