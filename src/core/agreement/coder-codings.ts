import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { coderExists, selectCodingsOfCoders, selectSourceLengths } from '../store/queries/agreement-queries';
import { sharedSourceIds, type CoderCoding } from './compare-coders';

export interface CoderPair {
  coderA: string;
  coderB: string;
  sourceIds?: readonly string[] | undefined;
}

/** Both coders' codings, and the length of each source they both coded: what every agreement figure starts from. */
export function loadCoderCodings(store: LabStore, pair: CoderPair): { codings: CoderCoding[]; lengths: Map<string, number> } {
  for (const [field, id] of [['coderA', pair.coderA], ['coderB', pair.coderB]] as const) {
    if (!coderExists(store, id)) throw new OpError('NOT_FOUND', `${field}: no such coder in this lab`);
  }
  const codings: CoderCoding[] = selectCodingsOfCoders(store, [pair.coderA, pair.coderB], pair.sourceIds);
  const lengths = selectSourceLengths(store, [...sharedSourceIds(codings)]);
  return { codings, lengths };
}
