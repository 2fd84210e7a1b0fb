import { useQuery } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { WorkbenchError } from '../../shared/contract/errors';
import type { OpInput, OpResult } from '../../shared/contract';
import { run } from '../client/use-op';

type PassOp = 'assistant.suggest' | 'assistant.moreLikeThis';

/**
 * While suggestions come from a model older than the lab (a retrain waits for a pause in the coding, then runs in
 * the worker), ask again every few seconds: no change event says when the retrained model is ready.
 */
export function refetchWhileStale(query: { state: { data?: unknown } }): number | false {
  const data = query.state.data as { model?: { stale?: boolean } } | undefined;
  return data?.model?.stale ? 3000 : false;
}

/**
 * A query over a pass that may read the whole lab (suggestions across it, more like this): cached and refetched like
 * useOp's, under the same key so a change to the coding refreshes it, but each fetch runs under a fresh job id
 * (`jobId`, for useJobProgress), `cancel` stops the pass, and a fetch that is no longer wanted (another source
 * chosen, the page left) is cancelled in core too, rather than left scoring passages for no one.
 */
export function useLabPass<N extends PassOp>(name: N, input: Omit<OpInput<N>, 'jobId'>, options: { enabled?: boolean } = {}) {
  const [jobId, setJobId] = useState<string | null>(null);
  const jobRef = useRef<string | null>(null);

  const query = useQuery<OpResult<N>, WorkbenchError>({
    queryKey: [name, input],
    enabled: options.enabled ?? true,
    // A pass over a large lab takes seconds: it runs again when the lab changes (the change events invalidate it),
    // not each time the window regains focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchInterval: refetchWhileStale,
    queryFn: async ({ signal }) => {
      const id = crypto.randomUUID();
      jobRef.current = id;
      setJobId(id);
      const stop = () => void run('jobs.cancel', { jobId: id }).catch(() => undefined);
      signal.addEventListener('abort', stop, { once: true });
      try {
        return await run(name, { ...input, jobId: id } as OpInput<N>);
      } finally {
        signal.removeEventListener('abort', stop);
        if (jobRef.current === id) {
          jobRef.current = null;
          setJobId(null);
        }
      }
    },
  });

  const cancel = useCallback(() => {
    if (jobRef.current) void run('jobs.cancel', { jobId: jobRef.current }).catch(() => undefined);
  }, []);

  return { ...query, jobId, cancel };
}
