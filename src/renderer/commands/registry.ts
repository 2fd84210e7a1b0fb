import { appearanceDarkCommand, appearanceLightCommand, appearanceSystemCommand } from '../appearance/appearance-commands';
import { restoreBackupCommand } from '../backups/restore-command';
import { mergeCodingCopyCommand, saveCodingCopyCommand } from '../coder-copy/coder-copy-commands';
import { compareLabsCommand } from '../compare/compare-commands';
import { importRefiCommand } from '../interop/refi-import-command';
import { exportDataCommand, exportRefiCommand } from '../reports/export-command';
import { searchCommand } from '../search/search-command';
import { textLargerCommand, textResetCommand, textSmallerCommand } from '../text-size/text-size-commands';
import type { Command, CommandId } from './command';
import { redoCommand, undoCommand } from './history-commands';

/** Every command, registered once; shortcuts, buttons and Electron's menu all run commands from here. */
export const commandRegistry: { readonly [Id in CommandId]: Command } = {
  undo: undoCommand,
  redo: redoCommand,
  search: searchCommand,
  'export-xlsx': exportDataCommand,
  'export-qdpx': exportRefiCommand,
  'import-qdpx': importRefiCommand,
  'restore-backup': restoreBackupCommand,
  'save-coding-copy': saveCodingCopyCommand,
  'merge-coding-copy': mergeCodingCopyCommand,
  'compare-labs': compareLabsCommand,
  'text-larger': textLargerCommand,
  'text-smaller': textSmallerCommand,
  'text-reset': textResetCommand,
  'appearance-system': appearanceSystemCommand,
  'appearance-light': appearanceLightCommand,
  'appearance-dark': appearanceDarkCommand,
};

export function isCommandId(name: string): name is CommandId {
  return Object.prototype.hasOwnProperty.call(commandRegistry, name);
}

export function commandForKey(event: KeyboardEvent): Command | undefined {
  return Object.values(commandRegistry).find((c) => c.keyTest(event));
}
