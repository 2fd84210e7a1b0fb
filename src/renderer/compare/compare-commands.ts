import type { Command } from '../commands/command';
import { openCompare } from './compare-store';

/** Needs no open lab: the labs compared are read from their files, the open one included. */
export const compareLabsCommand: Command = {
  id: 'compare-labs',
  label: 'Compare Labs…',
  shortcut: '',
  keyTest: () => false,
  enabled: () => true,
  describe: () => 'Compare several lab files side by side, read-only',
  run: () => {
    openCompare();
    return Promise.resolve();
  },
};
