import type { ErrorCode } from '../../shared/contract/errors';
import type { StoreOptions } from '../store/lab-store';

/** Host → job worker: the one task this worker runs, then perhaps a cancel. */
export type ToJobWorker = { type: 'run'; task: string; input: unknown; storeOptions: StoreOptions } | { type: 'cancel' };

/**
 * How an error crosses back. An OpError keeps its code and message; anything else keeps its name, message,
 * stack and code (SQLITE_BUSY, AbortError), so the caller's toWire classifies and logs it as if it had been thrown
 * on its own thread.
 */
export type JobWorkerError = { op: true; code: ErrorCode; message: string } | { op: false; name: string; message: string; stack?: string; code?: string };

/** Job worker → host. */
export type FromJobWorker =
  | { type: 'progress'; done: number; total: number; label: string }
  | { type: 'changed'; tables: string[] }
  | { type: 'done'; result: unknown }
  | { type: 'failed'; error: JobWorkerError };
