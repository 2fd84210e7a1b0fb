import type { Command } from '../commands/command';
import { hasPrimaryModifier, shortcutLabel } from '../commands/keyboard';
import { requestExport } from './export-store';

export const exportDataCommand: Command = {
  id: 'export-xlsx',
  label: 'Export lab data to Excel…',
  shortcut: shortcutLabel('Mod+Shift+E'),
  keyTest: (e) => hasPrimaryModifier(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e',
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Export lab data to Excel',
  run: () => {
    requestExport({ kind: 'xlsx' });
    return Promise.resolve();
  },
};
