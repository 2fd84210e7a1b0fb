import { z } from 'zod';
import { OpenLab } from '../domain/app';
import { BackupInfo } from '../domain/backup';
import { op } from './op';

const FilePath = z.string().trim().min(1).max(4096);

/** The backups of a lab (the open one when `path` is omitted), newest first, with what each holds. */
export const listBackups = op('backups.list', {
  input: z.object({ path: FilePath.optional() }),
  result: z.array(BackupInfo),
  kind: 'query',
  needsLab: false,
});

/** Backs a lab up now (the open one when `path` is omitted); an older lab is copied as it is, never upgraded. */
export const createBackup = op('backups.create', {
  input: z.object({ path: FilePath.optional() }),
  result: BackupInfo,
  kind: 'mutation',
  needsLab: false,
});

/**
 * Replaces a lab (the open one when `path` is omitted) with a backup, after backing up the lab as it is.
 * Refuses a backup that is not a lab or fails the integrity check. The open lab is reopened afterwards.
 */
export const restoreBackup = op('backups.restore', {
  input: z.object({ backup: FilePath, path: FilePath.optional() }),
  result: z.object({ restored: z.string(), safetyCopy: z.string().nullable(), lab: OpenLab.nullable() }),
  kind: 'mutation',
  needsLab: false,
});
