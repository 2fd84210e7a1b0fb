import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { WorkbenchError } from '../../shared/contract/errors';
import type { ExcerptTag } from '../../shared/domain/evidence';
import { opKey } from '../client/app-state-cache';
import { run } from '../client/use-op';

/** Rows are fetched in fixed blocks, so scrolling reuses cached blocks instead of asking for every new window. */
const BLOCK = 100;

export type TagsByExcerpt = ReadonlyMap<string, readonly ExcerptTag[]>;

/**
 * The evidence tags of the rows in view: the list may hold thousands of excerpts, but only the blocks that
 * contain a visible row are asked for. Each block is an ordinary `evidence.excerptTags` query, so tagging
 * anywhere refreshes it.
 */
export function useExcerptTags(ids: readonly string[], visible: readonly number[]): { tags: TagsByExcerpt; error: WorkbenchError | null } {
  const blocks = useMemo(() => [...new Set(visible.map((i) => Math.floor(i / BLOCK)))].sort((a, b) => a - b), [visible]);
  const inputs = useMemo(
    () => blocks.map((b) => ids.slice(b * BLOCK, (b + 1) * BLOCK)).filter((slice) => slice.length > 0),
    [blocks, ids],
  );
  return useQueries({
    queries: inputs.map((excerptIds) => ({
      queryKey: opKey('evidence.excerptTags', { excerptIds }),
      queryFn: () => run('evidence.excerptTags', { excerptIds }),
    })),
    combine: (results) => {
      const tags = new Map<string, readonly ExcerptTag[]>();
      let error: WorkbenchError | null = null;
      for (const r of results) {
        if (r.error) error = r.error as WorkbenchError;
        for (const [id, list] of Object.entries(r.data ?? {})) tags.set(id, list);
      }
      return { tags, error };
    },
  });
}
