import { z } from 'zod';
import { Id, Stamped } from './ids';

export const MEMO_TARGETS = ['lab', 'phase', 'source', 'code', 'excerpt', 'participant'] as const;
export const MemoTarget = z.enum(MEMO_TARGETS);

export const Memo = Stamped.extend({
  title: z.string(),
  /** Rich text as HTML from the editor; `bodyText` is its plain text, for search and previews. */
  body: z.string(),
  bodyText: z.string(),
  targetKind: MemoTarget,
  targetId: Id.nullable(),
  excerptIds: z.array(Id),
});
export type Memo = z.infer<typeof Memo>;

export const MemoInput = z.object({
  title: z.string().trim().min(1, 'a memo needs a title').max(300),
  body: z.string().max(2_000_000).default(''),
  targetKind: MemoTarget,
  targetId: Id.nullable().default(null),
});
export const MemoPatch = z.object({ title: MemoInput.shape.title, body: z.string().max(2_000_000) }).partial();
