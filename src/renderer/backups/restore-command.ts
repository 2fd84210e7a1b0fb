import type { Command } from '../commands/command';
import { requestRestore } from './restore-store';

export const restoreBackupCommand: Command = {
  id: 'restore-backup',
  label: 'Restore from Backup…',
  shortcut: '',
  keyTest: () => false,
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Restore the lab from a backup',
  run: () => {
    requestRestore();
    return Promise.resolve();
  },
};
