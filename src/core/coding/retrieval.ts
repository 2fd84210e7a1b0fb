import type { z } from 'zod';
import type { RetrievalFilter } from '../../shared/domain/coding';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { selectCode, subtreeIds } from '../store/queries/code-queries';
import { selectRetrieval } from '../store/queries/excerpt-queries';

/** Every excerpt of a code (and, by default, of its children), filtered by source kind, phase and coder. */
export function retrieve(
  store: LabStore,
  input: { codeId: string; includeChildren: boolean; filter: z.infer<typeof RetrievalFilter>; limit: number },
) {
  if (!selectCode(store, input.codeId)) throw new OpError('NOT_FOUND', 'codeId: that code does not exist');
  const codeIds = input.includeChildren ? subtreeIds(store, input.codeId) : [input.codeId];
  return selectRetrieval(store, {
    codeIds,
    sourceKinds: input.filter.sourceKinds,
    phaseIds: input.filter.phaseIds,
    coderIds: input.filter.coderIds,
    limit: input.limit,
  });
}
