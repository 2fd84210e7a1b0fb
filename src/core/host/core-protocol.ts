import type { WireResult } from '../../shared/contract/errors';
import type { AppEvent, AppState } from '../../shared/domain/app';
import type { LogFields } from '../log';

/**
 * What a core process needs to build its Workspace. It travels in the first message rather than in the
 * environment, so Electron's utility process and the tests' worker thread start the same way.
 */
export interface CoreConfig {
  mode: AppState['mode'];
  home: string;
  version: string;
  /** The log file the client writes (core's records are forwarded to it); shown by Help › Show Log File. */
  logFile: string;
  /** better-sqlite3's native binding, when it is not the one in node_modules (Electron's own ABI). */
  sqliteBinding?: string;
  resourcesDir?: string;
  /** The import parse worker; without it core parses on its own thread. */
  parseWorker?: { script: string; workerData?: unknown };
  /** The job worker (exports, analysis snapshot rebuilds); without it they run on core's own thread. */
  jobWorker?: { script: string; workerData?: unknown };
}

/** Client → core. `call` is one contract operation; the rest manage the process. */
export type ClientMessage =
  | { kind: 'start'; config: CoreConfig }
  | { kind: 'call'; id: number; name: string; input: unknown }
  | { kind: 'shutdown' };

/** Why a core process could not start; the Electron shell shows a dialog for each. */
export type FatalReason = 'sqlite-binding' | 'start-failed';

/** Core → client. Replies answer calls by id; events and log records are pushed. */
export type HostMessage =
  | { kind: 'ready' }
  | { kind: 'reply'; id: number; result: WireResult<unknown> }
  | { kind: 'event'; event: AppEvent }
  | { kind: 'log'; level: 'info' | 'warn' | 'error'; msg: string; fields?: LogFields }
  | { kind: 'fatal'; reason: FatalReason; detail: string }
  /** Answers `shutdown` once the lab is closed, so the client can end the process without losing a write. */
  | { kind: 'closed' };

/**
 * One end of a message channel, adapted from what the runtime provides: Electron's `process.parentPort`
 * (messages arrive wrapped in a MessageEvent), a worker thread's `parentPort` (they arrive bare).
 */
export interface MessageLink<Send, Receive> {
  post(message: Send): void;
  listen(listener: (message: Receive) => void): void;
}

/** The core's side of the channel. */
export type HostPort = MessageLink<HostMessage, ClientMessage>;

/** The client's handle on one running core process: Electron's UtilityProcess or a Worker, adapted. */
export interface CoreProcess extends MessageLink<ClientMessage, HostMessage> {
  onExit(listener: (code: number) => void): void;
  kill(): void;
}
