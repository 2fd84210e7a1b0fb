import type { Command } from '../commands/command';
import { hasPrimaryModifier, shortcutLabel } from '../commands/keyboard';
import { openSearch } from './search-store';

export const searchCommand: Command = {
  id: 'search',
  label: 'Search all sources',
  shortcut: shortcutLabel('Mod+Shift+F'),
  keyTest: (e) => hasPrimaryModifier(e) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f',
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Search all sources',
  run: () => {
    openSearch();
    return Promise.resolve();
  },
};
