import { z } from 'zod';

/** Why a backup was made: shown in the list, and part of its file name. */
export const BackupReason = z.enum(['open', 'auto', 'manual', 'before-migration', 'before-restore']);
export type BackupReason = z.infer<typeof BackupReason>;

export const BackupInfo = z.object({
  path: z.string(),
  fileName: z.string(),
  /** ISO date-time the backup was made. */
  at: z.string(),
  reason: BackupReason,
  schemaVersion: z.number().int(),
  bytes: z.number().int(),
  /** Null when the backup could not be read (then `problem` says why). */
  sources: z.number().int().nullable(),
  excerpts: z.number().int().nullable(),
  problem: z.string().nullable(),
});
export type BackupInfo = z.infer<typeof BackupInfo>;
