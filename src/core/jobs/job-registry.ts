import type { AppEvent } from '../../shared/domain/app';

export type Progress = (done: number, total: number, label: string) => void;

/**
 * Long work in flight: each job has an AbortController (cancel) and reports progress as app events. The
 * caller picks the job id so the UI can follow and cancel a job before its call returns.
 */
export class JobRegistry {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly emit: (e: AppEvent) => void) {}

  async run<T>(jobId: string, label: string, work: (signal: AbortSignal, progress: Progress) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    this.running.set(jobId, controller);
    const progress: Progress = (done, total, itemLabel) =>
      this.emit({ type: 'job', jobId, label: itemLabel || label, done, total, state: 'running' });
    try {
      const result = await work(controller.signal, progress);
      this.emit({ type: 'job', jobId, label, done: 1, total: 1, state: controller.signal.aborted ? 'cancelled' : 'finished' });
      return result;
    } catch (e) {
      this.emit({ type: 'job', jobId, label, done: 0, total: 1, state: controller.signal.aborted ? 'cancelled' : 'failed' });
      throw e;
    } finally {
      this.running.delete(jobId);
    }
  }

  cancel(jobId: string): boolean {
    const c = this.running.get(jobId);
    c?.abort();
    return c !== undefined;
  }

  cancelAll(): void {
    for (const c of this.running.values()) c.abort();
  }
}
