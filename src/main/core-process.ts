// The core process: an Electron utility process that owns the Workspace and runs every contract call, so
// queries, imports, exports and snapshot rebuilds never hold up the main process, which routes the
// window's input and menus. It speaks the protocol of core/host over `process.parentPort`; the tests run
// the same host in a worker thread. It imports nothing from Electron: `parentPort` is all it needs.
import type { ClientMessage, HostPort } from '../core/host/core-protocol';
import { runCoreHost } from '../core/host/serve-core';

const parent = process.parentPort;
const port: HostPort = {
  post: (message) => parent.postMessage(message),
  // Electron wraps what the main process posts in a MessageEvent.
  listen: (listener) => parent.on('message', (event: Electron.MessageEvent) => listener(event.data as ClientMessage)),
};
runCoreHost(port);
