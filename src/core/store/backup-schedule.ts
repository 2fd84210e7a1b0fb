import type { BackupReason } from '../../shared/domain/backup';
import type { Logger } from '../log';
import { backupLab, describeBackup, labStateKey, type BackupOptions } from './backup';
import { listBackupFiles } from './backup-files';
import type { LabStore } from './lab-store';

/** Ten minutes: at most ten minutes of work is ever only in the lab file itself. */
export const DEFAULT_BACKUP_EVERY_MS = 10 * 60_000;

export interface AutoBackupOptions extends BackupOptions {
  everyMs?: number;
  log: Logger;
}

/**
 * Backs up an open lab when it is opened and then every `everyMs` while it changes. A backup that would
 * copy what the newest one holds (same state key) is skipped, so opening a lab ten times makes one copy.
 */
export class AutoBackup {
  private timer: NodeJS.Timeout | null = null;
  private inFlight: Promise<string | null> | null = null;
  private lastKey: string | null = null;

  constructor(
    private readonly store: LabStore,
    private readonly opts: AutoBackupOptions,
  ) {}

  start(): void {
    void this.run('open');
    this.timer = setInterval(() => void this.run('auto'), this.opts.everyMs ?? DEFAULT_BACKUP_EVERY_MS);
    // A pending backup must not keep a closing process alive.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Backs up now unless nothing changed since the newest backup; resolves with its path, or null. */
  run(reason: BackupReason): Promise<string | null> {
    this.inFlight ??= this.backUpIfChanged(reason).finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  private async backUpIfChanged(reason: BackupReason): Promise<string | null> {
    try {
      const key = labStateKey(this.store.db);
      if (key === this.lastKey) return null;
      if (this.lastKey === null) {
        const newest = listBackupFiles(this.store.path)[0];
        if (newest && describeBackup(newest, this.opts).key === key) {
          this.lastKey = key;
          return null;
        }
      }
      const path = await backupLab(this.store.db, this.store.path, reason, this.opts);
      this.lastKey = key;
      this.opts.log.info('lab backed up', { reason, state: key });
      return path;
    } catch (e) {
      // Nobody waits on a background backup, so its failure is logged (code only) and the next turn tries again.
      // Closing the lab mid-copy lands here too, and its partial file is removed by backupLab.
      const code = (e as { code?: unknown }).code;
      this.opts.log.warn('backup failed', { reason, code: typeof code === 'string' ? code : (e as Error).name });
      return null;
    }
  }
}
