import { opKey } from '../client/app-state-cache';
import { run } from '../client/use-op';
import { notifyDone } from '../components/notify';
import type { Command } from './command';
import { hasPrimaryModifier, isMac, shortcutLabel } from './keyboard';

const key = (e: KeyboardEvent) => e.key.toLowerCase();

export const undoCommand: Command = {
  id: 'undo',
  label: 'Undo',
  shortcut: shortcutLabel('Mod+Z'),
  keyTest: (e) => hasPrimaryModifier(e) && !e.shiftKey && !e.altKey && key(e) === 'z',
  enabled: (ctx) => ctx.labOpen && Boolean(ctx.undoState?.undoLabel),
  describe: (ctx) => (ctx.undoState?.undoLabel ? `Undo: ${ctx.undoState.undoLabel}` : 'Nothing to undo'),
  async run(ctx) {
    // Ask the store rather than trust the cache: another window may have changed the lab since.
    const { undoLabel } = await run('history.state', {});
    if (!undoLabel) return;
    const state = await run('history.undo', {});
    ctx.queryClient.setQueryData(opKey('history.state', {}), state);
    notifyDone(`Undone: ${undoLabel}`);
  },
};

export const redoCommand: Command = {
  id: 'redo',
  label: 'Redo',
  shortcut: shortcutLabel(isMac ? 'Mod+Shift+Z' : 'Mod+Y'),
  keyTest: (e) =>
    hasPrimaryModifier(e) && !e.altKey && ((e.shiftKey && key(e) === 'z') || (!isMac && !e.shiftKey && key(e) === 'y')),
  enabled: (ctx) => ctx.labOpen && Boolean(ctx.undoState?.redoLabel),
  describe: (ctx) => (ctx.undoState?.redoLabel ? `Redo: ${ctx.undoState.redoLabel}` : 'Nothing to redo'),
  async run(ctx) {
    const { redoLabel } = await run('history.state', {});
    if (!redoLabel) return;
    const state = await run('history.redo', {});
    ctx.queryClient.setQueryData(opKey('history.state', {}), state);
    notifyDone(`Redone: ${redoLabel}`);
  },
};
