import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Code, Excerpt } from '../../shared/domain/coding';
import { run } from '../client/use-op';
import { announce } from '../components/Announcer';
import { notifyDone, notifyError } from '../components/notify';
import { dropCachedExcerpts, putCachedExcerpt } from './document-cache';

export interface Range {
  readonly start: number;
  readonly end: number;
}

/** Every change the coding view makes, each one store write (so Ctrl+Z takes it back) with its failure reported. */
export interface CodingActions {
  code(sourceId: string, range: Range, codeIds: string[]): Promise<Excerpt | null>;
  codeInVivo(sourceId: string, range: Range): Promise<Code | null>;
  addCodes(excerptId: string, codeIds: string[]): Promise<void>;
  removeCode(excerpt: Excerpt, codeId: string): Promise<void>;
  setMemo(excerptId: string, memo: string): Promise<void>;
  setRange(excerptId: string, range: Range): Promise<boolean>;
  remove(excerpt: Excerpt): Promise<void>;
}

async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    notifyError(what, e);
    return null;
  }
}

export function useCodingActions(): CodingActions {
  const qc = useQueryClient();
  return useMemo<CodingActions>(
    () => ({
      code: (sourceId, range, codeIds) =>
        attempt('The passage was not coded', async () => {
          const excerpt = await run('excerpts.code', { sourceId, start: range.start, end: range.end, codeIds });
          putCachedExcerpt(qc, excerpt);
          return excerpt;
        }),
      codeInVivo: (sourceId, range) =>
        attempt('The in-vivo code was not made', async () => {
          const { excerpt, code } = await run('excerpts.codeInVivo', { sourceId, start: range.start, end: range.end, parentId: null });
          putCachedExcerpt(qc, excerpt);
          notifyDone(`New code “${code.name}” applied. Undo with Ctrl+Z.`);
          announce(`Coded ${code.name}`);
          return code;
        }),
      addCodes: async (excerptId, codeIds) => {
        await attempt('The code was not added', async () => {
          putCachedExcerpt(qc, await run('excerpts.addCodes', { excerptId, codeIds }));
          announce('Code added');
        });
      },
      removeCode: async (excerpt, codeId) => {
        await attempt('The code was not removed', async () => {
          const after = await run('excerpts.removeCode', { excerptId: excerpt.id, codeId });
          if (after) putCachedExcerpt(qc, after);
          else dropCachedExcerpts(qc, excerpt.sourceId, [excerpt.id]);
          announce('Code removed');
        });
      },
      setMemo: async (excerptId, memo) => {
        await attempt('The memo was not saved', async () => {
          putCachedExcerpt(qc, await run('excerpts.update', { id: excerptId, memo }));
          announce('Memo saved');
        });
      },
      setRange: async (excerptId, range) =>
        (await attempt('The excerpt was not resized', async () => {
          putCachedExcerpt(qc, await run('excerpts.update', { id: excerptId, start: range.start, end: range.end }));
          announce('Excerpt range saved');
          return true;
        })) ?? false,
      remove: async (excerpt) => {
        await attempt('The excerpt was not deleted', async () => {
          await run('excerpts.delete', { ids: [excerpt.id] });
          dropCachedExcerpts(qc, excerpt.sourceId, [excerpt.id]);
          notifyDone('Excerpt deleted. Undo with Ctrl+Z.');
          announce('Excerpt deleted');
        });
      },
    }),
    [qc],
  );
}
