import type { Database } from 'better-sqlite3';

const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

/**
 * Iteration reports and the final policy report. The body is the editor's ProseMirror JSON; quotes, excerpt
 * lists, tables and charts in it are references resolved on live data, so they carry no foreign keys: a
 * deleted excerpt is shown as deleted, not refused. The phase has none either, for the same reason: deleting
 * an iteration leaves its report in place, without a phase.
 */
export default function up(db: Database): void {
  db.exec(`
    CREATE TABLE report (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('iteration', 'final')),
      title TEXT NOT NULL,
      phase_id TEXT,
      body TEXT NOT NULL CHECK (json_valid(body)),
      ${STAMPS}
    );
    CREATE INDEX report_phase ON report(phase_id);
  `);
}
