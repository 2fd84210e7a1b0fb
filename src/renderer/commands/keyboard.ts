export const isMac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Ctrl on Windows and Linux, ⌘ on macOS: the modifier that editing shortcuts use. */
export function hasPrimaryModifier(e: KeyboardEvent): boolean {
  return isMac ? e.metaKey && !e.ctrlKey : e.ctrlKey && !e.metaKey;
}

/** “Mod+Alt+1” as this system writes it: “Ctrl+Alt+1”, or “⌥⌘1” on macOS. */
export function shortcutLabel(keys: string): string {
  return isMac ? keys.replace('Mod+Shift+', '⇧⌘').replace('Mod+Alt+', '⌥⌘').replace('Mod+', '⌘') : keys.replace('Mod', 'Ctrl');
}

/** Inside an open dialog the keystroke belongs to its form; undoing the lab beneath it would only confuse. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}

/**
 * True when the keystroke belongs to a text field: there Ctrl+Z must undo typing, as the browser does,
 * not the last change to the lab.
 */
export function isTextEditingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement) {
    const nonText = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'];
    return !nonText.includes(target.type) && !target.readOnly;
  }
  return false;
}
