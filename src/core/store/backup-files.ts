import { readdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { LAB_EXTENSION } from '../../shared/lab-file-type';
import type { BackupReason } from '../../shared/domain/backup';

/** How many of the newest backups are always kept, and for how many days the newest of each day is kept too. */
export const KEEP_NEWEST = 10;
export const KEEP_DAYS = 30;

/** A backup still being written: never listed, and removed by the next backup once it is clearly abandoned. */
const PARTIAL_SUFFIX = '.partial';
const ABANDONED_MS = 60 * 60_000;

const NAME = / (\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z schema-(\d+) ([a-z-]+)\.scalinglab$/;

function stem(labPath: string): string {
  const name = basename(labPath);
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/**
 * Beside the lab, in a folder a documenter finds by eye in a file browser: `kenya.scalinglab` keeps its
 * backups in `kenya backups/`.
 */
export function backupFolder(labPath: string): string {
  return join(dirname(labPath), `${stem(labPath)} backups`);
}

/** `kenya 2026-03-01T14-05-09-123Z schema-50 open.scalinglab`: sorts by time, says the schema and why. */
export function backupFileName(labPath: string, at: Date, schemaVersion: number, reason: BackupReason): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${stem(labPath)} ${stamp} schema-${schemaVersion} ${reason}${LAB_EXTENSION}`;
}

export function partialName(finalPath: string): string {
  return join(dirname(finalPath), `.${basename(finalPath)}${PARTIAL_SUFFIX}`);
}

export interface BackupFile {
  path: string;
  fileName: string;
  at: Date;
  schemaVersion: number;
  reason: BackupReason;
  bytes: number;
}

/** The lab's backups, newest first, from their file names; other files in the folder are left alone. */
export function listBackupFiles(labPath: string): BackupFile[] {
  const folder = backupFolder(labPath);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  const files: BackupFile[] = [];
  for (const fileName of names) {
    const m = NAME.exec(fileName);
    if (!m || fileName.slice(0, m.index) !== stem(labPath)) continue;
    const path = join(folder, fileName);
    files.push({
      path,
      fileName,
      at: new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`),
      schemaVersion: Number(m[6]),
      reason: m[7] as BackupReason,
      bytes: statSync(path).size,
    });
  }
  return files.sort((a, b) => b.at.getTime() - a.at.getTime() || b.fileName.localeCompare(a.fileName));
}

/**
 * Which backups to keep: the newest KEEP_NEWEST; the newest of each day for KEEP_DAYS days; and the newest
 * made at each older schema, since that is the only copy an earlier version of the app can still open.
 */
export function backupsToDelete(newestFirst: readonly BackupFile[], now: Date): BackupFile[] {
  const keep = new Set<BackupFile>(newestFirst.slice(0, KEEP_NEWEST));
  const days = new Set<string>();
  const schemas = new Set<number>();
  const oldestDay = now.getTime() - KEEP_DAYS * 86_400_000;
  for (const b of newestFirst) {
    const day = b.at.toISOString().slice(0, 10);
    if (b.at.getTime() >= oldestDay && !days.has(day)) keep.add(b);
    days.add(day);
    if (!schemas.has(b.schemaVersion)) keep.add(b);
    schemas.add(b.schemaVersion);
  }
  return newestFirst.filter((b) => !keep.has(b));
}

/** Applies the rotation; returns how many files it removed. */
export function rotateBackups(labPath: string, now = new Date()): number {
  const doomed = backupsToDelete(listBackupFiles(labPath), now);
  for (const b of doomed) rmSync(b.path, { force: true });
  removeAbandonedPartials(labPath, now);
  return doomed.length;
}

/** A backup cut off by a crash or a kill leaves its partial file; one an hour old is no one's work in progress. */
function removeAbandonedPartials(labPath: string, now: Date): void {
  const folder = backupFolder(labPath);
  for (const name of readdirSync(folder)) {
    if (!name.startsWith('.') || !name.endsWith(PARTIAL_SUFFIX)) continue;
    const path = join(folder, name);
    if (now.getTime() - statSync(path).mtimeMs > ABANDONED_MS) rmSync(path, { force: true });
  }
}
