import { runningBuilt } from '../app/app-root';
import type { WorkerSpec } from '../ingest/parse-pool';

/**
 * The job worker for the CLI, browser-mode server and tests, found the way the parse worker is: built (out/node),
 * the job-worker.js bundle beside the running one; from source, scripts/ts-worker.mjs registers tsx in the thread
 * and loads job-worker.ts. The Electron build passes its own bundle (out/main/job-worker.js) instead.
 */
export function jobWorkerSpec(): WorkerSpec {
  if (runningBuilt()) return { script: new URL('./job-worker.js', import.meta.url) };
  return {
    script: new URL('../../../scripts/ts-worker.mjs', import.meta.url),
    workerData: { tsEntry: new URL('./job-worker.ts', import.meta.url).href },
  };
}
