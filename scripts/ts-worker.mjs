// Starts a TypeScript worker thread under tsx, for the CLI, browser-mode server and tests, which run from
// source (the Electron build bundles its workers instead). The worker's entry comes in workerData.tsEntry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
