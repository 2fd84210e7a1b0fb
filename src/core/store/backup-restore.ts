import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { OpError } from '../errors';
import { backupLab, type BackupOptions } from './backup';
import { backupFileName, backupFolder } from './backup-files';
import { checkLabFile } from './check-lab';
import { readLabHeader } from './lab-file';
import { labSchemaVersion } from './lab-store';
import { LATEST_VERSION } from './migrations';

/**
 * Backs up the lab file at `labPath` that is not open here (the CLI, or a lab about to be restored over).
 * A read-write connection that never migrates: SQLite removes the `-wal` and `-shm` it needs when it closes,
 * where a read-only one would leave them behind.
 */
export async function backupLabFile(labPath: string, reason: 'manual' | 'before-restore', opts: BackupOptions = {}): Promise<string> {
  readLabHeader(labPath);
  const db = new Database(labPath, { fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    db.pragma('busy_timeout = 5000');
    labSchemaVersion(db, basename(labPath));
    return await backupLab(db, labPath, reason, opts);
  } finally {
    db.close();
  }
}

/**
 * A lab that SQLite can no longer read is still kept before it is replaced: its bytes, as they are, so
 * nothing the documenter had is lost by restoring.
 */
function keepDamagedLab(labPath: string): string {
  const folder = backupFolder(labPath);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(labPath, new Date(), 0, 'before-restore'));
  copyFileSync(labPath, target);
  if (existsSync(`${labPath}-wal`)) copyFileSync(`${labPath}-wal`, `${target}-wal`);
  return target;
}

/** Refuses a backup that is not a lab, is damaged, or is newer than this app, with the file's name and why. */
function checkRestorable(backupPath: string, opts: BackupOptions): void {
  const name = basename(backupPath);
  if (!existsSync(backupPath)) throw new OpError('NOT_FOUND', `backup: there is no file at ${backupPath}.`);
  const report = checkLabFile(backupPath, opts);
  if (report.schemaVersion === null) {
    throw new OpError('NOT_A_LAB', `backup: “${name}” cannot be restored: ${report.problems[0] ?? 'it is not a lab file'}`);
  }
  if (!report.ok) {
    throw new OpError('LAB_DAMAGED', `backup: “${name}” failed the integrity check and was not restored: ${report.problems.slice(0, 3).join('; ')}`);
  }
  if (report.schemaVersion > LATEST_VERSION) {
    throw new OpError('LAB_TOO_NEW', `backup: “${name}” was made by a newer version of the workbench (schema ${report.schemaVersion}); update the app to restore it.`);
  }
}

/**
 * Puts the backup at `backupPath` in place of the lab at `labPath`, after backing up what is there now.
 * The copy goes through SQLite's backup API into the lab file, under its write lock, so another process
 * that has the lab open sees the restored lab on its next read instead of a file swapped under it.
 * Returns the path of the backup made first, or null when there was no lab at `labPath`.
 */
export async function restoreBackup(backupPath: string, labPath: string, opts: BackupOptions = {}): Promise<string | null> {
  checkRestorable(backupPath, opts);
  let safety: string | null = null;
  if (existsSync(labPath)) {
    try {
      safety = await backupLabFile(labPath, 'before-restore', opts);
    } catch (e) {
      if (!(e instanceof OpError || e instanceof Database.SqliteError)) throw e;
      if (e instanceof OpError && e.code === 'NOT_A_LAB') {
        throw new OpError('NOT_A_LAB', `lab: ${e.message} Restoring would replace a file that is not a lab; choose the lab file.`);
      }
      safety = keepDamagedLab(labPath);
    }
  }
  const source = new Database(backupPath, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    await source.backup(labPath);
  } finally {
    source.close();
  }
  return safety;
}
