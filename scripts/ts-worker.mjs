// Starts a TypeScript worker thread under tsx, for the tests, which run core from source (the CLI and the
// browser-mode server run bundles from out/node, the Electron app from out/main, each with its workers beside it).
// The worker's entry comes in workerData.tsEntry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.tsEntry);
