import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import { useEffect } from 'react';
import { callOp } from '../../shared/contract/client';
import { WorkbenchError } from '../../shared/contract/errors';
import { operations, type OpInput, type OpName, type OpResult } from '../../shared/contract';
import { notifyCoreRestart } from '../components/notify';
import { bridge } from './bridge';

/** Calls an operation; a failure is thrown as a WorkbenchError carrying the contract's code. */
export async function run<N extends OpName>(name: N, input: OpInput<N>): Promise<OpResult<N>> {
  const r = await callOp(bridge, name, input);
  if (!r.ok) throw new WorkbenchError(r.error);
  return r.result;
}

/** A query over the contract, cached under [name, input] and refetched when a table it reads changes. */
export function useOp<N extends OpName>(
  name: N,
  input: OpInput<N>,
  options: Omit<UseQueryOptions<OpResult<N>, WorkbenchError>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<OpResult<N>, WorkbenchError>({ queryKey: [name, input], queryFn: () => run(name, input), ...options });
}

/** A mutation over the contract; the change events it causes refresh the queries that need it. */
export function useMutationOp<N extends OpName>(name: N) {
  return useMutation<OpResult<N>, WorkbenchError, OpInput<N>>({ mutationFn: (input) => run(name, input) });
}

/**
 * Subscribes once to app events: a write invalidates exactly the queries whose operation reads a table it
 * touched; opening or closing a lab, or a restart of the core process, invalidates everything.
 */
export function useChangeEvents(onCommand?: (command: string, arg?: string) => void): void {
  const qc = useQueryClient();
  useEffect(
    () =>
      bridge.subscribe((event) => {
        if (event.type === 'changed') {
          const touched = new Set(event.tables);
          void qc.invalidateQueries({
            predicate: (q) => {
              const name = q.queryKey[0] as OpName;
              return operations[name]?.reads.some((t) => touched.has(t)) ?? false;
            },
          });
        } else if (event.type === 'lab') {
          void qc.invalidateQueries();
        } else if (event.type === 'core') {
          // A new core process answers now: refetch everything, including queries that failed meanwhile.
          void qc.invalidateQueries();
          notifyCoreRestart(event);
        } else if (event.type === 'command') {
          onCommand?.(event.command, event.arg);
        }
      }),
    [qc, onCommand],
  );
}
