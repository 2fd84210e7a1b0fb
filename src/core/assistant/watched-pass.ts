import { OpError } from '../errors';
import type { Progress } from '../jobs/job-registry';

/** What a pass over the whole lab answers to when it runs as a job: its cancel signal and its progress reporter. */
export interface PassWatch {
  signal: AbortSignal;
  progress: Progress;
}

/** How long a watched pass works before it lets its thread's messages in (a cancel among them). */
const SLICE_MS = 50;

/**
 * The sources of a pass, one at a time. Watched, it lets the thread's event loop run every SLICE_MS, so a cancel
 * sent to the job worker reaches the signal and stops the pass between two sources, and it reports progress about a
 * hundred times however many sources there are (each report crosses from the worker and reaches the window).
 * Unwatched (one source, or a lab with no job worker), it is a plain loop.
 */
export async function* watched<T>(sources: readonly T[], watch: PassWatch | undefined, label: string): AsyncGenerator<T> {
  const step = Math.max(1, Math.ceil(sources.length / 100));
  let slice = performance.now();
  for (let i = 0; i < sources.length; i++) {
    if (watch) {
      if (performance.now() - slice > SLICE_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        slice = performance.now();
      }
      if (watch.signal.aborted) throw new OpError('CANCELLED', 'Cancelled.');
      if (i % step === 0) watch.progress(i, sources.length, label);
    }
    yield sources[i]!;
  }
}
