import { parentPort } from 'node:worker_threads';
import { OpError } from '../errors';
import type { FromJobWorker, JobWorkerError, ToJobWorker } from './job-messages';
import { jobTasks } from './job-tasks';

/**
 * The job worker: a thread started for one task (an export, an analysis snapshot), which opens its own connection
 * to the lab, reports progress, stops when told to cancel, and answers with the result or the error. Never logs
 * content; the host logs what it needs.
 */
const port = parentPort;
const controller = new AbortController();

function post(message: FromJobWorker, transfer: ArrayBuffer[] = []): void {
  port!.postMessage(message, transfer);
}

function toMessage(e: unknown): JobWorkerError {
  if (e instanceof OpError) return { op: true, code: e.code, message: e.message };
  const code = (e as { code?: unknown } | null)?.code;
  return {
    op: false,
    name: e instanceof Error ? e.name : 'Error',
    message: e instanceof Error ? e.message : String(e),
    ...(e instanceof Error && e.stack ? { stack: e.stack } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

async function run(message: Extract<ToJobWorker, { type: 'run' }>): Promise<void> {
  try {
    const load = Object.hasOwn(jobTasks, message.task) ? jobTasks[message.task] : undefined;
    if (!load) throw new OpError('INTERNAL', `The job worker has no task called “${message.task}”.`);
    const task = await load();
    const result = await task.run(message.input as never, {
      signal: controller.signal,
      progress: (done, total, label) => post({ type: 'progress', done, total, label }),
      changed: (tables) => post({ type: 'changed', tables }),
      storeOptions: message.storeOptions,
    });
    post({ type: 'done', result }, task.transfer?.(result) ?? []);
  } catch (e) {
    post({ type: 'failed', error: toMessage(e) });
  }
}

port?.on('message', (message: ToJobWorker) => {
  if (message.type === 'cancel') controller.abort();
  else void run(message);
});
