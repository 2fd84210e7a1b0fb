import type { ResourceLimits } from 'node:worker_threads';
import type { StoreOptions } from '../store/lab-store';
import type { Progress } from './job-registry';

/** What a task gets wherever it runs: the job's cancel signal, its progress reporter, how to open a lab. */
export interface JobContext {
  signal: AbortSignal;
  progress: Progress;
  /**
   * After the task commits on its own connection: the tables it touched. The host announces them as its own store
   * announces its writes, since a commit on another connection fires none of the host's listeners.
   */
  changed: (tables: string[]) => void;
  /** For the task's own connection to the lab (in a worker: the native binding only; a function cannot cross). */
  storeOptions: StoreOptions;
}

/**
 * A unit of long work that runs in the job worker (off the thread that answers calls) or inline. Its input and
 * result cross a thread boundary, so both are structured-cloneable data: paths, ids and flags in, plain values
 * and typed arrays out, never a store handle or a function. A task opens the lab itself, from its path.
 */
export interface JobTask<I, O> {
  /** Its key in job-tasks.ts, where the worker finds it. */
  readonly name: string;
  run(input: I, ctx: JobContext): Promise<O>;
  /** Limits for the worker thread started for it (a larger young generation); V8's defaults when absent. */
  readonly resourceLimits?: ResourceLimits;
  /** The buffers of a result to move to the caller rather than copy (an analysis snapshot's typed arrays). */
  transfer?(result: O): ArrayBuffer[];
}
