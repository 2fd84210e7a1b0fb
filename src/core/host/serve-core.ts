import type { WireResult } from '../../shared/contract/errors';
import { Workspace } from '../app/workspace';
import { dispatch } from '../dispatch';
import type { Logger } from '../log';
import { sqliteBindingProblem } from '../store/sqlite-binding';
import type { ClientMessage, CoreConfig, HostPort } from './core-protocol';
import { portLogger } from './port-logger';

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Builds the Workspace a core process serves, or says why it cannot (a binding built for another runtime). */
function startWorkspace(port: HostPort, config: CoreConfig, log: Logger): Workspace | null {
  const problem = sqliteBindingProblem(config.sqliteBinding);
  if (problem) {
    log.error('sqlite binding did not load', { custom: config.sqliteBinding !== undefined, error: problem });
    port.post({ kind: 'fatal', reason: 'sqlite-binding', detail: problem });
    return null;
  }
  try {
    return new Workspace({
      mode: config.mode,
      home: config.home,
      version: config.version,
      logger: log,
      store: config.sqliteBinding ? { nativeBinding: config.sqliteBinding } : {},
      ...(config.resourcesDir ? { resourcesDir: config.resourcesDir } : {}),
      ...(config.parseWorker ? { parseWorker: config.parseWorker } : {}),
      ...(config.jobWorker ? { jobWorker: config.jobWorker } : {}),
    });
  } catch (e) {
    log.error('core start failed', { error: describe(e) });
    port.post({ kind: 'fatal', reason: 'start-failed', detail: describe(e) });
    return null;
  }
}

/**
 * Answers contract calls and pushes app events over one message channel: the body of the core process.
 * The channel is Electron's `process.parentPort` in the app and a worker thread's port in the tests; the
 * client (core-client.ts) supervises the process at the other end.
 */
export function serveCore(port: HostPort, ws: Workspace): void {
  const unsubscribe = ws.subscribe((event) => port.post({ kind: 'event', event }));
  const reply = (id: number, result: WireResult<unknown>) => {
    try {
      port.post({ kind: 'reply', id, result });
    } catch (e) {
      // A handler returned something that cannot be cloned: a bug, reported rather than left hanging.
      ws.log.error('reply not sent', { id, error: describe(e) });
      port.post({ kind: 'reply', id, result: { ok: false, error: { code: 'INTERNAL', message: 'Unexpected error; see the log file (Help › Show Log File).' } } });
    }
  };
  let closed = false;
  port.listen((message) => {
    if (message.kind === 'call' && closed) {
      reply(message.id, { ok: false, error: { code: 'CANCELLED', message: 'The workbench is closing.' } });
    } else if (message.kind === 'call') {
      void dispatch(ws, message.name, message.input).then((result) => reply(message.id, result));
    } else if (message.kind === 'shutdown' && !closed) {
      closed = true;
      unsubscribe();
      // Cancels jobs and closes the lab: the WAL is checkpointed into the lab file before the process ends.
      ws.close();
      ws.log.info('core stopped');
      port.post({ kind: 'closed' });
    }
  });
  port.post({ kind: 'ready' });
}

/**
 * The whole life of a core process on `port`: wait for the client's `start` (its configuration), build
 * the Workspace, then serve it. Electron's utility process and the tests' worker thread both run this.
 */
export function runCoreHost(port: HostPort): void {
  let started = false;
  port.listen((message: ClientMessage) => {
    if (message.kind !== 'start' || started) return;
    started = true;
    const log = portLogger(port, message.config.logFile);
    const ws = startWorkspace(port, message.config, log);
    if (!ws) return;
    log.info('core started', { pid: process.pid, mode: message.config.mode, parseWorker: message.config.parseWorker !== undefined });
    serveCore(port, ws);
  });
}
