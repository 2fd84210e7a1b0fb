import type { WorkerSpec } from './parse-pool';

/**
 * The parse worker when running from source (CLI, browser-mode server, tests): a small bootstrap registers
 * tsx in the worker thread, then loads parse-worker.ts. The Electron build passes its bundled worker instead.
 */
export function sourceTreeParseWorker(): WorkerSpec {
  return {
    script: new URL('../../../scripts/ts-worker.mjs', import.meta.url),
    workerData: { tsEntry: new URL('./parse-worker.ts', import.meta.url).href },
  };
}
