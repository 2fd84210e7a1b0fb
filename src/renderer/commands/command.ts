import type { QueryClient } from '@tanstack/react-query';
import type { UndoState } from '../../shared/domain/history';

/** The closed set of user commands; menus, shortcuts and Electron's menu events all name one of these. */
export type CommandId = 'undo' | 'redo' | 'search' | 'export-xlsx' | 'export-qdpx' | 'import-qdpx' | 'restore-backup' | 'save-coding-copy' | 'merge-coding-copy'
  | 'compare-labs' | 'text-larger' | 'text-smaller' | 'text-reset' | 'appearance-system' | 'appearance-light' | 'appearance-dark';

/** What a command may look at to decide whether it applies, and what it may use to act. */
export interface CommandContext {
  readonly labOpen: boolean;
  readonly undoState: UndoState | undefined;
  readonly queryClient: QueryClient;
}

export interface Command {
  readonly id: CommandId;
  readonly label: string;
  /** Shown in tooltips and menus, in the platform's notation (⌘Z or Ctrl+Z). */
  readonly shortcut: string;
  /** True when this keystroke should run the command. */
  keyTest(event: KeyboardEvent): boolean;
  enabled(ctx: CommandContext): boolean;
  /** A label that says what running it now would do, e.g. "Undo Edit convening". */
  describe(ctx: CommandContext): string;
  run(ctx: CommandContext): Promise<void>;
}
