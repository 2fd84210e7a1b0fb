import { resolve } from 'node:path';
import type { Workspace } from '../app/workspace';
import { OpError } from '../errors';
import { backupLab, describeBackup } from '../store/backup';
import { listBackupFiles } from '../store/backup-files';
import { backupLabFile, restoreBackup } from '../store/backup-restore';
import type { Handlers } from './handler';

/** The lab a backup operation is about: the file given, or the open lab. */
function labPathOf(ws: Workspace, path: string | undefined): string {
  if (path) return resolve(path);
  if (!ws.hasLab) throw new OpError('NO_LAB_OPEN', 'path: give the lab file, or open a lab first.');
  return ws.store.path;
}

const isOpenLab = (ws: Workspace, labPath: string) => ws.hasLab && resolve(ws.store.path) === labPath;

function describePath(ws: Workspace, labPath: string, backupPath: string) {
  const file = listBackupFiles(labPath).find((b) => b.path === backupPath);
  if (!file) throw new OpError('INTERNAL', 'The backup was made but is not in the backups folder.');
  const { key: _key, ...info } = describeBackup(file, ws.options.store);
  return info;
}

export const backupHandlers: Handlers<'backups'> = {
  'backups.list': (ws, { path }) =>
    listBackupFiles(labPathOf(ws, path)).map((f) => {
      const { key: _key, ...info } = describeBackup(f, ws.options.store);
      return info;
    }),

  'backups.create': async (ws, { path }) => {
    const labPath = labPathOf(ws, path);
    const made = isOpenLab(ws, labPath)
      ? await backupLab(ws.store.db, labPath, 'manual', ws.options.store)
      : await backupLabFile(labPath, 'manual', ws.options.store);
    ws.log.info('lab backed up', { reason: 'manual' });
    return describePath(ws, labPath, made);
  },

  'backups.restore': async (ws, { backup, path }) => {
    const labPath = labPathOf(ws, path);
    const backupPath = resolve(backup);
    if (backupPath === labPath) throw new OpError('INVALID_INPUT', 'backup: that is the lab itself, not one of its backups.');
    const wasOpen = isOpenLab(ws, labPath);
    if (wasOpen) {
      // Jobs hold connections of their own; they end before the file under them changes.
      ws.jobs.cancelAll();
      ws.detach(false);
    }
    let safetyCopy: string | null;
    try {
      safetyCopy = await restoreBackup(backupPath, labPath, ws.options.store);
    } finally {
      // Restored or refused, the documenter gets the lab back.
      if (wasOpen) ws.openFile(labPath);
    }
    ws.log.info('lab restored', { reopened: wasOpen });
    return { restored: labPath, safetyCopy, lab: wasOpen ? ws.openLab() : null };
  },
};
