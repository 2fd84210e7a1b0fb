import { useEffect, useRef } from 'react';
import { isInDialog, isTextEditingTarget } from '../commands/keyboard';
import { codingCommandForKey, type CodingCommandContext } from './coding-commands';

/** Binds the coding commands while the view is open; keys typed into a field or a dialog are left alone. */
export function useCodingShortcuts(ctx: CodingCommandContext): void {
  const latest = useRef(ctx);
  useEffect(() => {
    latest.current = ctx;
  }, [ctx]);
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.repeat || isTextEditingTarget(e.target) || isInDialog(e.target)) return;
      const command = codingCommandForKey(e);
      if (!command) return;
      if (command.run(latest.current, e) === false) return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
