import type { QueryClient } from '@tanstack/react-query';
import type { OpInput, OpName, OpResult } from '../../shared/contract';
import type { AppState } from '../../shared/domain/app';

/** The cache key `useOp(name, input)` uses, for the few places that write the cache directly. */
export function opKey<N extends OpName>(name: N, input: OpInput<N>): readonly [N, OpInput<N>] {
  return [name, input] as const;
}

/**
 * Operations that answer with the new app state (setting the coder, forgetting a recent lab) put it in
 * the cache at once: some of them emit no change event, and the screen should not wait for one anyway.
 */
export function storeAppState(qc: QueryClient, state: AppState): void {
  qc.setQueryData(opKey('app.state', {}), state);
}

/** After closing a lab, drop every lab query so nothing refetches against a lab that is gone. */
export function dropLabQueries(qc: QueryClient): void {
  qc.removeQueries({ predicate: (q) => q.queryKey[0] !== 'app.state' });
  void qc.invalidateQueries({ queryKey: opKey('app.state', {}) });
}

export function cachedResult<N extends OpName>(qc: QueryClient, name: N, input: OpInput<N>): OpResult<N> | undefined {
  return qc.getQueryData<OpResult<N>>(opKey(name, input));
}
