import { z } from 'zod';
import { Id } from './ids';

/** One user-visible change: the unit of undo, redo and audit. */
export const ChangeSet = z.object({
  id: Id,
  seq: z.number().int(),
  label: z.string(),
  coderName: z.string().nullable(),
  at: z.string(),
  state: z.enum(['done', 'undone', 'discarded']),
  tables: z.array(z.string()),
});
export type ChangeSet = z.infer<typeof ChangeSet>;

export const UndoState = z.object({
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});
export type UndoState = z.infer<typeof UndoState>;
