import Database from 'better-sqlite3';
import { constants, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { CheckReport } from '../../shared/domain/app';
import { OpError } from '../errors';
import { readLabHeader } from './lab-file';
import { labSchemaVersion, type StoreOptions } from './lab-store';
import { LATEST_VERSION, MIGRATIONS, migrate } from './migrations';

type Db = Database.Database;

export interface Reader {
  db: Db;
  close(): void;
}

function connectReadOnly(path: string, opts: StoreOptions): Db {
  return new Database(path, {
    readonly: true,
    fileMustExist: true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
}

/** Size and mtime of the lab and its `-wal`: if these move while we copy, someone wrote to it meanwhile. */
function fingerprint(path: string): string {
  const facts = (p: string) => (existsSync(p) ? `${statSync(p).size}@${statSync(p).mtimeMs}` : '-');
  return `${facts(path)} ${facts(`${path}-wal`)}`;
}

/**
 * A read-only connection that cannot change a byte of the lab at `path` or leave a file beside it.
 *
 * better-sqlite3 12 builds SQLite without URI filenames (SQLITE_USE_URI=0, no SQLITE_OPEN_URI), so
 * `?immutable=1` is not available. A read-only connection is enough for a rollback-journal file (it
 * creates nothing) and for a lab someone has open (its `-wal` and `-shm` exist; a read-only connection
 * reads through the WAL under SQLite's locks, never checkpoints, and writes only its read mark into the
 * shared-memory `-shm`). But on a WAL-mode file without both side files — a closed lab, a backup — SQLite
 * creates `-wal` and `-shm` and, read-only, cannot delete them again. Such a file is checked through a
 * private copy (with its `-wal`, if one was left behind): nobody has it open, so the copy is consistent.
 */
export function openUntouched(path: string, opts: StoreOptions): Reader {
  const header = readLabHeader(path);
  if (!header.walMode || (existsSync(`${path}-wal`) && existsSync(`${path}-shm`))) {
    const db = connectReadOnly(path, opts);
    return { db, close: () => db.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'labwb-check-'));
  const removeCopy = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, basename(path));
    const before = fingerprint(path);
    copyFileSync(path, copy, constants.COPYFILE_FICLONE);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`, constants.COPYFILE_FICLONE);
    if (fingerprint(path) !== before) {
      throw new OpError('CONFLICT', `“${basename(path)}” changed while it was being read (another window or command opened it); check it again.`);
    }
    const db = connectReadOnly(copy, opts);
    return {
      db,
      close: () => {
        db.close();
        removeCopy();
      },
    };
  } catch (e) {
    removeCopy();
    throw e;
  }
}

/** PRAGMA integrity_check (a superset of quick_check, FTS5 indexes included) and foreign_key_check. */
function sqliteProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const problems = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  const fk = db.pragma('foreign_key_check') as { table: string; parent: string }[];
  for (const f of fk) problems.push(`a ${f.table} row points to a missing ${f.parent}`);
  return problems;
}

const SCHEMA_OBJECTS = `SELECT type, name FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' AND type IN ('table', 'index', 'view', 'trigger')`;

/**
 * What the lab should hold at its own schema version: the tables, indexes, views and triggers that the
 * migrations up to `version` build in an empty in-memory database. Compared by name, so it works on every
 * schema a release made without knowing any table of the newest.
 */
function missingSchemaObjects(db: Db, version: number, opts: StoreOptions): string[] {
  if (!MIGRATIONS.some((m) => m.version === version)) return [`schema ${version} is not one any version of the workbench made`];
  const reference = new Database(':memory:', opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    migrate(reference, version);
    const present = new Set((db.prepare(SCHEMA_OBJECTS).all() as { type: string; name: string }[]).map((o) => `${o.type} ${o.name}`));
    return (reference.prepare(SCHEMA_OBJECTS).all() as { type: string; name: string }[])
      .filter((o) => !present.has(`${o.type} ${o.name}`))
      .map((o) => `the ${o.type} “${o.name}” of schema ${version} is missing`);
  } finally {
    reference.close();
  }
}

/** Every schema since the first has the one-row `lab` table: the profile the whole app starts from. */
function labRowProblems(db: Db): string[] {
  const hasTable = db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'lab'`).get();
  if (!hasTable) return []; // reported by missingSchemaObjects
  const { n } = db.prepare('SELECT count(*) AS n FROM lab').get() as { n: number };
  return n === 1 ? [] : [n === 0 ? "the lab's profile (its one row in “lab”) is missing" : `“lab” holds ${n} profiles; a lab has one`];
}

/**
 * Checks the lab file at `path` for damage without changing it: no migration, no byte written, no side
 * file left behind (see openUntouched). A lab from an earlier version is checked at its own schema and
 * reported with a note that opening it upgrades it; one from a newer version gets SQLite's own checks.
 * A missing file, a file that is not a lab, or one SQLite cannot read is a report with ok = false.
 */
export function checkLabFile(path: string, opts: StoreOptions = {}): CheckReport {
  const name = basename(path);
  const report: CheckReport = { path, ok: false, schemaVersion: null, appSchemaVersion: LATEST_VERSION, needsUpgrade: false, problems: [], notes: [] };
  let reader: Reader | undefined;
  try {
    reader = openUntouched(path, opts);
    const version = labSchemaVersion(reader.db, name);
    report.schemaVersion = version;
    report.problems = sqliteProblems(reader.db);
    if (version <= LATEST_VERSION) report.problems.push(...missingSchemaObjects(reader.db, version, opts), ...labRowProblems(reader.db));
    if (version < LATEST_VERSION) {
      report.needsUpgrade = true;
      report.notes.push(
        `Made by an earlier version (schema ${version}). Opening it in this app upgrades it to schema ${LATEST_VERSION}; earlier versions cannot open it after that.`,
      );
    } else if (version > LATEST_VERSION) {
      report.notes.push(
        `Made by a newer version of the workbench (schema ${version}); this app reads schemas up to ${LATEST_VERSION}, so update the app to open it. Only SQLite's own checks were run.`,
      );
    }
    report.ok = report.problems.length === 0;
    return report;
  } catch (e) {
    if (e instanceof OpError && (e.code === 'NOT_FOUND' || e.code === 'NOT_A_LAB' || e.code === 'LAB_DAMAGED')) {
      return { ...report, ok: false, problems: [e.message] };
    }
    // Busy is another connection holding a lock for a moment, not damage: it becomes CONFLICT at the boundary.
    if (e instanceof Database.SqliteError && !e.code.startsWith('SQLITE_BUSY')) {
      return { ...report, ok: false, problems: [`“${name}” is damaged and cannot be read (${e.message}). Open a backup.`] };
    }
    throw e;
  } finally {
    reader?.close();
  }
}
