import type { SourceKind } from '../../shared/domain/source';

/** What the retrieval list is narrowed to; empty lists mean no narrowing. */
export interface RetrievalFilterValue {
  includeChildren: boolean;
  sourceKinds: SourceKind[];
  phaseIds: string[];
  coderIds: string[];
}

export const NO_RETRIEVAL_FILTER: RetrievalFilterValue = {
  includeChildren: true,
  sourceKinds: [],
  phaseIds: [],
  coderIds: [],
};

/** The filter's retrieval input: only the narrowings in use. */
export function retrievalFilter(v: RetrievalFilterValue) {
  return {
    ...(v.sourceKinds.length ? { sourceKinds: v.sourceKinds } : {}),
    ...(v.phaseIds.length ? { phaseIds: v.phaseIds } : {}),
    ...(v.coderIds.length ? { coderIds: v.coderIds } : {}),
  };
}
