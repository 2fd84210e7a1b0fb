// A core process for the tests: the same host as Electron's utility process (src/main/core-process.ts),
// on a worker thread's port instead of `process.parentPort`. Started through scripts/ts-worker.mjs.
import { parentPort } from 'node:worker_threads';
import type { ClientMessage } from '../../src/core/host/core-protocol';
import { runCoreHost } from '../../src/core/host/serve-core';

const parent = parentPort!;
runCoreHost({
  post: (message) => parent.postMessage(message),
  // A worker thread's messages arrive bare, where Electron's parentPort wraps them in a MessageEvent.
  listen: (listener) => parent.on('message', (message: ClientMessage) => listener(message)),
});
