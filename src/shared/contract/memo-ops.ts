import { z } from 'zod';
import { Id } from '../domain/ids';
import { Memo, MemoInput, MemoPatch, MemoTarget } from '../domain/memo';
import { op } from './op';

export const listMemos = op('memos.list', {
  input: z.object({ targetKind: MemoTarget.optional(), targetId: Id.optional(), q: z.string().trim().max(300).optional() }),
  result: z.array(Memo),
  kind: 'query',
  reads: ['memo', 'memo_excerpt'],
});
export const createMemo = op('memos.create', { input: MemoInput, result: Memo, kind: 'mutation' });
export const updateMemo = op('memos.update', { input: z.object({ id: Id, patch: MemoPatch }), result: Memo, kind: 'mutation' });
export const deleteMemo = op('memos.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });
export const linkMemo = op('memos.link', {
  input: z.object({ id: Id, excerptIds: z.array(Id).min(1).max(1000), unlink: z.boolean().default(false) }),
  result: Memo,
  kind: 'mutation',
});
