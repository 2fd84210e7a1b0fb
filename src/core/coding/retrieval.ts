import type { z } from 'zod';
import type { RetrievalFilter } from '../../shared/domain/coding';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { selectCode, subtreeIds } from '../store/queries/code-queries';
import { filterSql } from '../store/queries/excerpt-filter';
import { selectFilteredExcerpts } from '../store/queries/excerpt-queries';

/** The filter with its codes widened to their descendants, unless it says otherwise. */
export function expandCodes(store: LabStore, f: ExcerptFilter): ExcerptFilter {
  if (!f.codeIds?.length || f.includeChildren === false) return f;
  return { ...f, codeIds: [...new Set(f.codeIds.flatMap((id) => subtreeIds(store, id)))] };
}

/** Every excerpt list of the app: retrieval, tag filters, saved queries, analysis click-throughs. */
export function queryExcerpts(store: LabStore, filter: ExcerptFilter, limit: number) {
  return selectFilteredExcerpts(store, filterSql(store, expandCodes(store, filter)), limit);
}

/** Every excerpt of a code (and, by default, of its children), filtered by source kind, phase and coder. */
export function retrieve(
  store: LabStore,
  input: { codeId: string; includeChildren: boolean; filter: z.infer<typeof RetrievalFilter>; limit: number },
) {
  if (!selectCode(store, input.codeId)) throw new OpError('NOT_FOUND', 'codeId: that code does not exist');
  return queryExcerpts(store, { ...input.filter, codeIds: [input.codeId], includeChildren: input.includeChildren }, input.limit);
}
