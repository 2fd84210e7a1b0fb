import { Worker } from 'node:worker_threads';
import type { Workspace } from '../app/workspace';
import { OpError } from '../errors';
import type { WorkerSpec } from '../ingest/parse-pool';
import type { StoreOptions } from '../store/lab-store';
import type { Progress } from './job-registry';
import type { FromJobWorker, JobWorkerError, ToJobWorker } from './job-messages';
import type { JobContext, JobTask } from './job-task';

/**
 * How long a cancelled task may take to stop on its own (it checks the signal between pages) before its thread is
 * stopped: a step that cannot stop part-way, such as packing a large Word file, would otherwise hold the job.
 */
const CANCEL_GRACE_MS = 2000;

/** Where tasks run: the job worker to start (none: inline, as in unit tests) and how tasks open the lab. */
export interface JobPlace {
  worker?: WorkerSpec | undefined;
  storeOptions?: StoreOptions | undefined;
}

export function jobPlaceOf(ws: Workspace): JobPlace {
  return { worker: ws.options.jobWorker, storeOptions: ws.options.store };
}

function fromMessage(e: JobWorkerError): Error {
  if (e.op) return new OpError(e.code, e.message);
  const error = Object.assign(new Error(e.message), e.code ? { code: e.code } : {});
  error.name = e.name;
  if (e.stack) error.stack = e.stack;
  return error;
}

/**
 * Runs `task` in a job worker of its own, off the thread that answers calls: progress is forwarded, the signal
 * cancels it (a message, then `terminate()` after a grace period), and its error comes back as it was thrown.
 * Settles only once the thread has ended, so a caller that cleans up (removes a temporary file) never races it.
 */
function runInWorker<O>(
  spec: WorkerSpec,
  { name, resourceLimits: limits }: Pick<JobTask<unknown, O>, 'name' | 'resourceLimits'>,
  input: unknown,
  o: JobContext,
): Promise<O> {
  if (o.signal.aborted) return Promise.reject(new OpError('CANCELLED', 'Cancelled.'));
  return new Promise<O>((resolve, reject) => {
    const worker = new Worker(spec.script, { workerData: spec.workerData, ...(limits ? { resourceLimits: limits } : {}) });
    let outcome: { ok: true; result: O } | { ok: false; error: unknown } | null = null;
    let kill: NodeJS.Timeout | undefined;
    const send = (message: ToJobWorker) => worker.postMessage(message);
    const onAbort = () => {
      send({ type: 'cancel' });
      kill = setTimeout(() => void worker.terminate(), CANCEL_GRACE_MS);
    };
    o.signal.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: FromJobWorker) => {
      if (m.type === 'progress') return o.progress(m.done, m.total, m.label);
      if (m.type === 'changed') return o.changed(m.tables);
      outcome ??= m.type === 'done' ? { ok: true, result: m.result as O } : { ok: false, error: fromMessage(m.error) };
      void worker.terminate();
    });
    worker.on('error', (e) => {
      outcome ??= { ok: false, error: e };
    });
    worker.on('exit', (code) => {
      clearTimeout(kill);
      o.signal.removeEventListener('abort', onAbort);
      if (outcome?.ok) resolve(outcome.result);
      else if (outcome) reject(outcome.error);
      else if (o.signal.aborted) reject(new OpError('CANCELLED', 'Cancelled.'));
      // Not an OpError: the caller's toWire logs it and answers INTERNAL (a crash, such as running out of memory).
      else reject(new Error(`The job worker running ${name} stopped unexpectedly (exit code ${code}).`));
    });
    // Only the native binding crosses: other store options are hooks for tests, which run tasks inline.
    const storeOptions: StoreOptions = o.storeOptions.nativeBinding ? { nativeBinding: o.storeOptions.nativeBinding } : {};
    try {
      send({ type: 'run', task: name, input, storeOptions });
    } catch (e) {
      // An input that cannot be cloned (a bug): the thread is stopped rather than left waiting.
      outcome = { ok: false, error: e };
      void worker.terminate();
    }
  });
}

/**
 * Runs a task in the job worker when there is one, else on this thread (tests, and where no worker is built).
 * `changed` hears of the task's commits; tasks that only read never call it.
 */
export function runJobTask<I, O>(
  task: JobTask<I, O>,
  input: I,
  o: JobPlace & { signal: AbortSignal; progress: Progress; changed?: ((tables: string[]) => void) | undefined },
): Promise<O> {
  const ctx: JobContext = { signal: o.signal, progress: o.progress, changed: o.changed ?? (() => undefined), storeOptions: o.storeOptions ?? {} };
  return o.worker ? runInWorker<O>(o.worker, task, input, ctx) : task.run(input, ctx);
}
