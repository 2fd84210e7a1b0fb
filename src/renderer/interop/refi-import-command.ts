import type { Command } from '../commands/command';
import { requestRefiImport } from './refi-import-store';

/** File › Import REFI-QDA Project… (and the Sources page's button in browser mode, which has no File menu). */
export const importRefiCommand: Command = {
  id: 'import-qdpx',
  label: 'Import REFI-QDA project…',
  shortcut: '',
  keyTest: () => false,
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Import a REFI-QDA project (.qdpx) into the lab',
  run: () => {
    requestRefiImport('qdpx');
    return Promise.resolve();
  },
};
