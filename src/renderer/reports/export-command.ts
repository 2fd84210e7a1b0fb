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

/** File › Export REFI-QDA Project… (and the Reports page's button in browser mode, which has no File menu). */
export const exportRefiCommand: Command = {
  id: 'export-qdpx',
  label: 'Export REFI-QDA project…',
  shortcut: '',
  keyTest: () => false,
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Export the lab as a REFI-QDA project (.qdpx)',
  run: () => {
    requestExport({ kind: 'qdpx' });
    return Promise.resolve();
  },
};
