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
  const [started, setStarted] = useState<JobProgress | null>(null);
  const jobRef = useRef<string | null>(null);
  const progress = useJobProgress(started?.jobId ?? null);
  const running = started && (progress ?? started);

  const start = useCallback(async <T>(label: string, work: (jobId: string) => Promise<T>): Promise<T> => {
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setStarted({ jobId, done: 0, total: 1, label });
    try {
      return await work(jobId);
    } finally {
      jobRef.current = null;
      setStarted(null);
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

/**
 * The progress events of one job, null until core reports any. Kept by the component that shows them: a job
 * reports about a hundred times, and re-rendering a whole page each time (the Suggestions page with its list of
 * hundreds of sources) made the window stutter and its Cancel button hard to hit.
 */
export function useJobProgress(jobId: string | null): JobProgress | null {
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useEffect(() => {
    if (!jobId) return;
    return bridge.subscribe((e) => {
      if (e.type === 'job' && e.jobId === jobId && e.state === 'running') setProgress({ jobId, done: e.done, total: e.total, label: e.label });
    });
  }, [jobId]);
  return progress?.jobId === jobId ? progress : null;
}
