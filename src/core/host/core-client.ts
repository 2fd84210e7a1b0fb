import type { WorkbenchBridge } from '../../shared/contract/client';
import type { WireError, WireResult } from '../../shared/contract/errors';
import type { AppEvent } from '../../shared/domain/app';
import type { Logger } from '../log';
import type { CoreConfig, CoreProcess, FatalReason, HostMessage } from './core-protocol';

/** What a call in flight gets when the core process dies under it. */
export const CORE_RESTARTED: WireError = {
  code: 'INTERNAL',
  message: 'The workbench core stopped unexpectedly; it has been restarted.',
};
const CORE_STOPPED: WireError = {
  code: 'INTERNAL',
  message: 'The workbench core stopped unexpectedly and could not be restarted; quit the workbench and start it again.',
};
const CORE_NOT_STARTED: WireError = {
  code: 'INTERNAL',
  message: 'The workbench core could not start; see the log file (Help › Show Log File).',
};
const CLOSING: WireError = { code: 'CANCELLED', message: 'The workbench is closing.' };

/** The core process refused to start (`reason`), or ended before it was ready. */
export class CoreStartError extends Error {
  constructor(
    readonly reason: FatalReason,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'CoreStartError';
  }
}

export interface CoreClientOptions {
  /** Starts one core process; called again after each crash. */
  spawn(): CoreProcess;
  config: CoreConfig;
  /** Where the client and the core's forwarded records are written. */
  log: Logger;
  /** Crashes tolerated within `crashWindowMs` before the client stops restarting (default 3 in 60 s). */
  maxRestarts?: number;
  crashWindowMs?: number;
}

type Phase = 'starting' | 'running' | 'restarting' | 'failed' | 'closing' | 'closed';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * The other end of a core process (serve-core.ts), as VS Code's and Signal's main processes hold their
 * shared process and SQL worker: it sends contract calls and matches replies by id, re-emits core's app
 * events, and supervises. When the process dies unexpectedly, calls in flight fail with a clear message,
 * running jobs are reported failed, a new process starts and reopens the lab that was open (every write
 * was a committed transaction, so the lab file has it), and subscribers get a `core` event. Calls made
 * meanwhile wait for the new process.
 */
export class CoreClient implements WorkbenchBridge {
  /** Resolves when the first core process is ready; rejects with a CoreStartError when it cannot start. */
  readonly started: Promise<void>;
  private proc: CoreProcess;
  private phase: Phase = 'starting';
  private refusal: WireError = CORE_NOT_STARTED;
  private nextId = 1;
  private readonly pending = new Map<number, (result: WireResult<unknown>) => void>();
  private readonly listeners = new Set<(event: AppEvent) => void>();
  /** Learnt from core's `lab` events: the lab to reopen after a crash. */
  private labPath: string | null = null;
  /** Jobs seen running (id → label): a crash ends them, and their followers must hear it. */
  private readonly jobs = new Map<string, string>();
  private crashes: number[] = [];
  /** Open while a process is running; calls wait on it while one starts or restarts. */
  private gate = deferred<void>();
  private readonly startup = deferred<void>();
  private readonly ended = deferred<void>();

  constructor(private readonly opts: CoreClientOptions) {
    this.started = this.startup.promise;
    // Whoever starts the client may not await `started`; a failed start must not become an unhandled rejection.
    this.startup.promise.catch(() => undefined);
    this.proc = this.launch();
  }

  /** One contract operation, answered by the core process; never throws. */
  async call(name: string, input: unknown): Promise<WireResult<unknown>> {
    while (this.phase === 'starting' || this.phase === 'restarting') await this.gate.promise;
    if (this.phase === 'failed') return { ok: false, error: this.refusal };
    if (this.phase !== 'running') return { ok: false, error: CLOSING };
    return this.send(name, input);
  }

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Delivers an event from this side (the shell's menu commands) to subscribers, as if core had sent it. */
  emit(event: AppEvent): void {
    for (const listener of [...this.listeners]) listener(event);
  }

  /**
   * Asks core to close the lab (checkpointing the WAL into the file) and waits for it, then ends the
   * process; after `timeoutMs` it ends the process regardless (the WAL still holds every committed write).
   */
  async shutdown(timeoutMs = 3000): Promise<void> {
    if (this.phase === 'closing' || this.phase === 'closed') return this.ended.promise;
    const live = this.phase !== 'failed';
    this.phase = 'closing';
    this.gate.resolve();
    if (!live) {
      this.finish();
      return;
    }
    this.proc.post({ kind: 'shutdown' });
    const timer = setTimeout(() => {
      this.opts.log.warn('core did not close in time', { ms: timeoutMs });
      this.proc.kill();
    }, timeoutMs);
    await this.ended.promise;
    clearTimeout(timer);
  }

  private launch(): CoreProcess {
    const proc = this.opts.spawn();
    // Messages and exits of a process that has since been replaced are stale.
    proc.listen((message) => {
      if (proc === this.proc) this.receive(message);
    });
    proc.onExit((code) => {
      if (proc === this.proc) this.exited(code);
    });
    proc.post({ kind: 'start', config: this.opts.config });
    return proc;
  }

  private send(name: string, input: unknown): Promise<WireResult<unknown>> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        this.proc.post({ kind: 'call', id, name, input });
      } catch (e) {
        this.pending.delete(id);
        const detail = e instanceof Error ? e.message : String(e);
        resolve({ ok: false, error: { code: 'INVALID_INPUT', message: `The request could not be sent to the workbench core: ${detail}` } });
      }
    });
  }

  private receive(message: HostMessage): void {
    switch (message.kind) {
      case 'ready':
        void this.becomeReady();
        return;
      case 'reply': {
        const settle = this.pending.get(message.id);
        this.pending.delete(message.id);
        settle?.(message.result);
        return;
      }
      case 'event':
        this.track(message.event);
        this.emit(message.event);
        return;
      case 'log':
        this.opts.log[message.level](message.msg, message.fields);
        return;
      case 'fatal':
        this.giveUp(new CoreStartError(message.reason, message.detail));
        return;
      case 'closed':
        this.proc.kill();
        return;
    }
  }

  private track(event: AppEvent): void {
    if (event.type === 'lab') this.labPath = event.lab?.path ?? null;
    else if (event.type === 'job' && event.state === 'running') this.jobs.set(event.jobId, event.label);
    else if (event.type === 'job') this.jobs.delete(event.jobId);
  }

  private async becomeReady(): Promise<void> {
    if (this.phase === 'starting') {
      this.phase = 'running';
      this.startup.resolve();
      this.gate.resolve();
      return;
    }
    if (this.phase !== 'restarting') return;
    const proc = this.proc;
    let lab: 'reopened' | 'not-reopened' | 'none' = 'none';
    if (this.labPath) {
      // Sent past the gate: calls waiting on it run after the lab is back.
      const reopened = await this.send('labs.open', { path: this.labPath });
      // The new process died too; its own exit has started the next one.
      if (proc !== this.proc || this.phase !== 'restarting') return;
      lab = reopened.ok ? 'reopened' : 'not-reopened';
      if (!reopened.ok) {
        this.opts.log.warn('lab not reopened after core restart', { code: reopened.error.code });
        this.labPath = null;
        this.emit({ type: 'lab', lab: null });
      }
    }
    this.phase = 'running';
    this.gate.resolve();
    this.opts.log.info('core restarted', { lab });
    this.emit({ type: 'core', state: 'restarted', lab });
  }

  private exited(code: number): void {
    if (this.phase === 'closing' || this.phase === 'closed') return this.finish();
    if (this.phase === 'failed') return;
    if (this.phase === 'starting') {
      return this.giveUp(new CoreStartError('start-failed', `The core process ended before it was ready (exit code ${code}).`));
    }
    this.opts.log.error('core process exited', { code, phase: this.phase, pending: this.pending.size, jobs: this.jobs.size });
    const now = Date.now();
    this.crashes = [...this.crashes.filter((t) => now - t < (this.opts.crashWindowMs ?? 60_000)), now];
    if (this.crashes.length > (this.opts.maxRestarts ?? 3)) {
      return this.giveUp(new CoreStartError('start-failed', `The core process kept stopping (exit code ${code}).`));
    }
    this.failInFlight(CORE_RESTARTED);
    if (this.phase === 'running') this.gate = deferred();
    this.phase = 'restarting';
    try {
      this.proc = this.launch();
    } catch (e) {
      this.giveUp(new CoreStartError('start-failed', e instanceof Error ? e.message : String(e)));
    }
  }

  /** No more restarts: a core that cannot start, or one that keeps dying. */
  private giveUp(error: CoreStartError): void {
    const wasStarting = this.phase === 'starting';
    this.phase = 'failed';
    this.opts.log.error('core given up', { reason: error.reason, starting: wasStarting });
    this.refusal = wasStarting ? CORE_NOT_STARTED : CORE_STOPPED;
    this.failInFlight(this.refusal);
    this.gate.resolve();
    this.proc.kill();
    if (wasStarting) {
      this.startup.reject(error);
      return;
    }
    const lab = this.labPath ? 'not-reopened' : 'none';
    if (this.labPath) {
      this.labPath = null;
      this.emit({ type: 'lab', lab: null });
    }
    this.emit({ type: 'core', state: 'stopped', lab });
  }

  private failInFlight(error: WireError): void {
    const settles = [...this.pending.values()];
    this.pending.clear();
    for (const settle of settles) settle({ ok: false, error });
    const jobs = [...this.jobs];
    this.jobs.clear();
    for (const [jobId, label] of jobs) this.emit({ type: 'job', jobId, label, done: 0, total: 1, state: 'failed' });
  }

  private finish(): void {
    this.phase = 'closed';
    this.failInFlight(CLOSING);
    this.ended.resolve();
  }
}
