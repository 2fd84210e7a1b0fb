import { runningBuilt } from '../app/app-root';
import type { WorkerSpec } from './parse-pool';

/**
 * The parse worker for the CLI, browser-mode server and tests. Built (out/node), it is the parse-worker.js
 * bundle beside the running one. From source (vitest), a small bootstrap registers tsx in the worker thread,
 * then loads parse-worker.ts. The Electron build passes its own bundled worker instead.
 */
export function parseWorkerSpec(): WorkerSpec {
  if (runningBuilt()) return { script: new URL('./parse-worker.js', import.meta.url) };
  return {
    script: new URL('../../../scripts/ts-worker.mjs', import.meta.url),
    workerData: { tsEntry: new URL('./parse-worker.ts', import.meta.url).href },
  };
}
