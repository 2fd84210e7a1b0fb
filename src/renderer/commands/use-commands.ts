import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useOp } from '../client/use-op';
import { notifyError } from '../components/notify';
import type { CommandContext, CommandId } from './command';
import { isInDialog, isTextEditingTarget } from './keyboard';
import { commandForKey, commandRegistry } from './registry';

/** The context commands decide and act on, kept current with the app and undo state. */
export function useCommandContext(): CommandContext {
  const queryClient = useQueryClient();
  const app = useOp('app.state', {});
  const labOpen = Boolean(app.data?.lab);
  const history = useOp('history.state', {}, { enabled: labOpen });
  return useMemo(
    () => ({ labOpen, undoState: labOpen ? history.data : undefined, queryClient }),
    [labOpen, history.data, queryClient],
  );
}

/** Returns a stable function that runs a command if it is enabled now, reporting any failure. */
export function useRunCommand(ctx: CommandContext): (id: CommandId) => void {
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  }, [ctx]);
  return useCallback((id: CommandId) => {
    const command = commandRegistry[id];
    const now = latest.current;
    if (!command.enabled(now)) return;
    command.run(now).catch((e: unknown) => notifyError(`${command.label} failed`, e));
  }, []);
}

/**
 * Runs a command that arrived from Electron's menu. The menu's accelerator takes Ctrl+Z before the page
 * sees it, so when a text field has the focus the command goes back to that field, as the key would have.
 */
export function runMenuCommand(runCommand: (id: CommandId) => void, id: CommandId): void {
  const focused = document.activeElement;
  if ((id === 'undo' || id === 'redo') && (isTextEditingTarget(focused) || isInDialog(focused))) {
    document.execCommand(id);
    return;
  }
  runCommand(id);
}

/** Binds every registered command's shortcut, leaving text fields their own undo. */
export function useCommandShortcuts(runCommand: (id: CommandId) => void): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || isTextEditingTarget(e.target) || isInDialog(e.target)) return;
      const command = commandForKey(e);
      if (!command) return;
      e.preventDefault();
      runCommand(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [runCommand]);
}
