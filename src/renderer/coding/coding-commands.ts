import { hasPrimaryModifier, shortcutLabel } from '../commands/keyboard';

/**
 * The coding view's commands, shaped like the app's registry (renderer/commands): an id from a closed set,
 * a label and shortcut for tooltips, a key test, and a run over a context. They are bound only while the
 * coding view is open, because they act on its selection.
 */
export type CodingCommandId = 'apply-pinned' | 'quick-code' | 'code-in-vivo' | 'clear-selection' | 'show-keys';

export interface CodingCommandContext {
  readonly hasSelection: boolean;
  applyPinned(key: number): void;
  openQuickCode(): void;
  codeInVivo(): void;
  clearSelection(): boolean;
  showKeys(): void;
}

export interface CodingCommand {
  readonly id: CodingCommandId;
  readonly label: string;
  readonly shortcut: string;
  keyTest(e: KeyboardEvent): boolean;
  /** Returns false when the key should be left to the page (nothing to clear, say). */
  run(ctx: CodingCommandContext, e: KeyboardEvent): boolean | void;
}

const plain = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;
const primary = (e: KeyboardEvent, key: string) => hasPrimaryModifier(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === key;

export const codingCommands: { readonly [Id in CodingCommandId]: CodingCommand } = {
  'apply-pinned': {
    id: 'apply-pinned',
    label: 'Apply pinned code',
    shortcut: '1–9',
    keyTest: (e) => plain(e) && /^[1-9]$/.test(e.key),
    run: (ctx, e) => ctx.applyPinned(Number(e.key)),
  },
  'quick-code': {
    id: 'quick-code',
    label: 'Apply a code by name',
    shortcut: shortcutLabel('Mod+K'),
    keyTest: (e) => primary(e, 'k') || (plain(e) && e.key === '/'),
    run: (ctx) => ctx.openQuickCode(),
  },
  'code-in-vivo': {
    id: 'code-in-vivo',
    label: 'Code in vivo',
    shortcut: shortcutLabel('Mod+I'),
    keyTest: (e) => primary(e, 'i'),
    run: (ctx) => ctx.codeInVivo(),
  },
  'clear-selection': {
    id: 'clear-selection',
    label: 'Clear the selection',
    shortcut: 'Esc',
    keyTest: (e) => plain(e) && e.key === 'Escape',
    run: (ctx) => ctx.clearSelection(),
  },
  'show-keys': {
    id: 'show-keys',
    label: 'Keyboard shortcuts for coding',
    shortcut: '?',
    keyTest: (e) => !e.ctrlKey && !e.metaKey && !e.altKey && e.key === '?',
    run: (ctx) => ctx.showKeys(),
  },
};

export function codingCommandForKey(e: KeyboardEvent): CodingCommand | undefined {
  return Object.values(codingCommands).find((c) => c.keyTest(e));
}
