import type { Database } from 'better-sqlite3';
import { LAB_APPLICATION_ID } from '../lab-file';

/** Every row's provenance: UUID, ISO timestamps, and the coder who made and last changed it. */
const STAMPS = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  created_by TEXT REFERENCES coder(id),
  updated_by TEXT REFERENCES coder(id)`;

export default function up(db: Database): void {
  db.pragma(`application_id = ${LAB_APPLICATION_ID}`);
  db.exec(`
    CREATE TABLE coder (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      ${STAMPS}
    );

    CREATE TABLE lab (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      country TEXT NOT NULL DEFAULT '',
      city TEXT NOT NULL DEFAULT '',
      local_partner TEXT NOT NULL DEFAULT '',
      initiatives TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(initiatives)),
      problem TEXT NOT NULL DEFAULT '',
      scaling_goal TEXT NOT NULL DEFAULT '',
      pathways TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(pathways)),
      approach TEXT CHECK (approach IN ('replication', 'adaptation')),
      start_date TEXT NOT NULL,
      ${STAMPS}
    );

    CREATE TABLE phase (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('research', 'iteration', 'final')),
      name TEXT NOT NULL,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      position INTEGER NOT NULL,
      ${STAMPS},
      CHECK (end_date >= start_date)
    );

    CREATE TABLE convening (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('initial', 'reflection', 'final', 'global', 'virtual', 'other')),
      name TEXT NOT NULL,
      date TEXT NOT NULL,
      phase_id TEXT REFERENCES phase(id),
      location TEXT NOT NULL DEFAULT '',
      notes TEXT NOT NULL DEFAULT '',
      ${STAMPS}
    );
    CREATE INDEX convening_phase ON convening(phase_id);

    CREATE TABLE participant (
      id TEXT PRIMARY KEY,
      display_name TEXT NOT NULL,
      pseudonym TEXT NOT NULL UNIQUE COLLATE NOCASE,
      organisation TEXT NOT NULL DEFAULT '',
      sector TEXT,
      role TEXT NOT NULL DEFAULT '',
      level TEXT CHECK (level IN ('high-level', 'implementation')),
      grp TEXT NOT NULL DEFAULT 'lab' CHECK (grp IN ('lab', 'comparison')),
      consent TEXT NOT NULL DEFAULT 'pending' CHECK (consent IN ('pending', 'given', 'declined', 'withdrawn')),
      email TEXT NOT NULL DEFAULT '',
      joined_on TEXT,
      left_on TEXT,
      attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
      ${STAMPS}
    );

    -- One row per user-visible change: the unit of undo/redo and of the audit trail.
    CREATE TABLE change_set (
      seq INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      label TEXT NOT NULL,
      coder_id TEXT REFERENCES coder(id),
      at TEXT NOT NULL,
      state TEXT NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'undone', 'discarded')),
      undoable INTEGER NOT NULL DEFAULT 1 CHECK (undoable IN (0, 1, 2)), -- 1 edit, 0 floor, 2 bookkeeping
      tables TEXT NOT NULL DEFAULT '[]',
      undone_at TEXT,
      undone_by TEXT REFERENCES coder(id)
    );
    CREATE INDEX change_set_state ON change_set(state, seq);

    -- Row images before and after each write, enough to reverse or replay it.
    CREATE TABLE change_log (
      change_seq INTEGER NOT NULL REFERENCES change_set(seq),
      n INTEGER NOT NULL,
      tbl TEXT NOT NULL,
      row_id TEXT NOT NULL,
      op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
      before TEXT,
      after TEXT,
      PRIMARY KEY (change_seq, n)
    ) WITHOUT ROWID;
    CREATE INDEX change_log_row ON change_log(tbl, row_id);
  `);
}
