import type { Command } from '../commands/command';
import { requestCodingCopy } from './coder-copy-store';

export const saveCodingCopyCommand: Command = {
  id: 'save-coding-copy',
  label: 'Save a Copy for Coding…',
  shortcut: '',
  keyTest: () => false,
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Save a copy of the lab for a second coder',
  run: () => {
    requestCodingCopy('save');
    return Promise.resolve();
  },
};

export const mergeCodingCopyCommand: Command = {
  id: 'merge-coding-copy',
  label: 'Merge a Coder’s Copy…',
  shortcut: '',
  keyTest: () => false,
  enabled: (ctx) => ctx.labOpen,
  describe: () => 'Merge a second coder’s copy back into the lab',
  run: () => {
    requestCodingCopy('merge');
    return Promise.resolve();
  },
};
