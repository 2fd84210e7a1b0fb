import { useCallback, useEffect, useRef, useState } from 'react';
import { WorkbenchError } from '../../shared/contract/errors';
import { bridge } from '../client/bridge';
import { run } from '../client/use-op';

/** A job this window started, as its progress events describe it. */
export interface JobProgress {
  jobId: string;
  done: number;
  total: number;
  label: string;
}

/**
 * One long call run as a job from a dialog: `start` names a fresh job id for the call, follows its progress events
 * while it runs, and `cancel` asks core to stop it. `running` is null whenever no call is under way.
 */
export function useJob() {
  const [running, setRunning] = useState<JobProgress | null>(null);
  const jobRef = useRef<string | null>(null);

  useEffect(
    () =>
      bridge.subscribe((e) => {
        if (e.type === 'job' && e.jobId === jobRef.current && e.state === 'running') {
          setRunning((r) => r && { ...r, done: e.done, total: e.total, label: e.label });
        }
      }),
    [],
  );

  const start = useCallback(async <T>(label: string, work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setRunning({ jobId, done: 0, total: 1, label });
    try {
      return await work(jobId);
    } finally {
      jobRef.current = null;
      setRunning(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (jobRef.current) run('jobs.cancel', { jobId: jobRef.current }).catch(() => undefined);
  }, []);

  return { running, start, cancel };
}

export function wasCancelled(e: unknown): boolean {
  return e instanceof WorkbenchError && e.code === 'CANCELLED';
}
