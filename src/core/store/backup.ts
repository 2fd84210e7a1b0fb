import Database from 'better-sqlite3';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo, BackupReason } from '../../shared/domain/backup';
import { backupFileName, backupFolder, type BackupFile, partialName, rotateBackups } from './backup-files';
import { LAB_APPLICATION_ID } from './lab-file';
import { schemaVersion } from './migrations';

type Db = Database.Database;

/** Only the native binding matters here (Electron's ABI differs from Node's); see StoreOptions. */
export interface BackupOptions {
  nativeBinding?: string;
}

function connect(path: string, opts: BackupOptions, readonly: boolean): Db {
  return new Database(path, { readonly, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
}

/**
 * What the lab holds, in a few numbers: every change goes through the change log, whose AUTOINCREMENT
 * counter moves on every recorded set (folded autosaves included); undo and redo move the count of undone
 * sets; a migration moves user_version; recordings are counted apart. Equal keys mean a backup would copy what
 * the last one holds.
 */
export function labStateKey(db: Db): string {
  const row = db
    .prepare(
      `SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'change_set') AS seq,
              (SELECT count(*) FROM change_set WHERE state = 'undone') AS undone`,
    )
    .get() as { seq: number | null; undone: number };
  return `${schemaVersion(db)}:${row.seq ?? 0}:${row.undone}${recordingsKey(db)}`;
}

/**
 * Recordings stay out of the change log (schema 90), so attaching or detaching one moves neither number above:
 * their count and newest rowid do. Empty for a lab older than schema 90, whose key stays what it was.
 */
function recordingsKey(db: Db): string {
  if (!db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'recording'`).get()) return '';
  const r = db.prepare(`SELECT count(*) AS n, coalesce(max(rowid), 0) AS last FROM recording WHERE complete = 1`).get() as { n: number; last: number };
  return `:${r.n}.${r.last}`;
}

/**
 * The online backup API copies the WAL-mode header as it is, so the copy would ask for `-wal` and `-shm`
 * files on every later open. A backup is a single file that reads like any lab, so it is turned back to a
 * rollback journal before it gets its name.
 */
function settle(partial: string, opts: BackupOptions): void {
  const db = connect(partial, opts, false);
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function place(labPath: string, db: Db, reason: BackupReason, at: Date): { partial: string; final: string } {
  const folder = backupFolder(labPath);
  mkdirSync(folder, { recursive: true });
  const final = join(folder, backupFileName(labPath, at, schemaVersion(db), reason));
  return { partial: partialName(final), final };
}

function finish(labPath: string, partial: string, final: string, opts: BackupOptions, at: Date): string {
  settle(partial, opts);
  // Renamed only once whole, so a file under a backup's name is always a complete lab.
  renameSync(partial, final);
  rotateBackups(labPath, at);
  return final;
}

/**
 * Copies the lab open on `db` into its backups folder with SQLite's online backup API, a hundred pages per
 * turn of the event loop, so calls keep being answered while a large lab is copied. Returns the backup's path.
 */
export async function backupLab(db: Db, labPath: string, reason: BackupReason, opts: BackupOptions = {}): Promise<string> {
  const at = new Date();
  const { partial, final } = place(labPath, db, reason, at);
  try {
    await db.backup(partial);
    return finish(labPath, partial, final, opts, at);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

/**
 * The same, synchronously, for the one moment that cannot wait: opening a lab that is about to be migrated
 * (opening is synchronous). VACUUM INTO writes a consistent copy in one statement.
 */
export function backupLabNow(db: Db, labPath: string, reason: BackupReason, opts: BackupOptions = {}): string {
  const at = new Date();
  const { partial, final } = place(labPath, db, reason, at);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    return finish(labPath, partial, final, opts, at);
  } catch (e) {
    rmSync(partial, { force: true });
    throw e;
  }
}

function hasTable(db: Db, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

function count(db: Db, table: string): number | null {
  return hasTable(db, table) ? (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n : null;
}

/** A backup as the restore list shows it: its file facts and what it holds. Never throws for a bad file. */
export function describeBackup(file: BackupFile, opts: BackupOptions = {}): BackupInfo & { key: string | null } {
  const info = {
    path: file.path,
    fileName: file.fileName,
    at: file.at.toISOString(),
    reason: file.reason,
    schemaVersion: file.schemaVersion,
    bytes: file.bytes,
  };
  let db: Db | undefined;
  try {
    // Backups are rollback-journal files (see settle), so a read-only connection creates nothing beside them.
    db = connect(file.path, opts, true);
    if (db.pragma('application_id', { simple: true }) !== LAB_APPLICATION_ID) {
      return { ...info, sources: null, excerpts: null, problem: 'not a lab file', key: null };
    }
    return { ...info, sources: count(db, 'source'), excerpts: count(db, 'excerpt'), problem: null, key: labStateKey(db) };
  } catch (e) {
    return { ...info, sources: null, excerpts: null, problem: `cannot be read (${(e as Error).message})`, key: null };
  } finally {
    db?.close();
  }
}
