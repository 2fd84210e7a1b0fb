import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { CORE_RESTARTED, CoreClient, CoreStartError } from '../../src/core/host/core-client';
import type { CoreConfig, CoreProcess } from '../../src/core/host/core-protocol';
import type { LogFields, Logger } from '../../src/core/log';
import { callOp } from '../../src/shared/contract/client';
import type { AppEvent } from '../../src/shared/domain/app';
import { tempDir } from '../helpers/temp';

// The core runs in a worker thread through the same host and client as Electron's utility process; a
// worker's `terminate()` is the process dying under the client, mid-call.
const BOOTSTRAP = new URL('../../scripts/ts-worker.mjs', import.meta.url);
const ENTRY = new URL('../helpers/core-host-worker.ts', import.meta.url).href;

const clients: CoreClient[] = [];
const workers: Worker[] = [];
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.shutdown()));
  await Promise.all(workers.splice(0).map((w) => w.terminate()));
});

function spawnWorkerCore(): CoreProcess {
  const worker = new Worker(BOOTSTRAP, { workerData: { tsEntry: ENTRY } });
  workers.push(worker);
  return {
    post: (message) => worker.postMessage(message),
    listen: (listener) => worker.on('message', listener),
    onExit: (listener) => worker.once('exit', listener),
    kill: () => void worker.terminate(),
  };
}

function recordingLogger(file: string) {
  const records: { level: string; msg: string; fields?: LogFields }[] = [];
  const logger: Logger = {
    file,
    info: (msg, fields) => records.push({ level: 'info', msg, fields }),
    warn: (msg, fields) => records.push({ level: 'warn', msg, fields }),
    error: (msg, fields) => records.push({ level: 'error', msg, fields }),
    close: () => undefined,
  };
  return { logger, records };
}

function startClient(config: Partial<CoreConfig> = {}, limits: { maxRestarts?: number } = {}) {
  const home = tempDir('labwb-core-');
  const { logger, records } = recordingLogger(join(home, 'logs', 'workbench.log'));
  const client = new CoreClient({
    spawn: spawnWorkerCore,
    config: { mode: 'electron', home, version: 'test', logFile: join(home, 'logs', 'workbench.log'), ...config },
    log: logger,
    ...limits,
  });
  clients.push(client);
  const events: AppEvent[] = [];
  client.subscribe((e) => events.push(e));
  const call = async (name: string, input: unknown) => {
    const r = await client.call(name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result as never;
  };
  return { client, home, records, events, call };
}

function nextEvent<T extends AppEvent>(client: CoreClient, test: (e: AppEvent) => e is T, ms = 20_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no such event')), ms);
    const stop = client.subscribe((e) => {
      if (!test(e)) return;
      clearTimeout(timer);
      stop();
      resolve(e);
    });
  });
}

/** Plain-text transcripts, each different (the importer skips files it has seen) and large enough to take a while. */
function writeTranscripts(folder: string, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  const words = ['literacy', 'coach', 'county', 'teacher', 'reading', 'camp', 'mentor', 'district', 'assessment', 'budget'];
  return Array.from({ length: count }, (_, i) => {
    const turns = Array.from({ length: 1500 }, (_, t) => {
      const line = Array.from({ length: 40 }, (_, w) => words[(i * 7 + t * 3 + w) % words.length]).join(' ');
      return `${t % 2 ? 'Interviewer' : 'Respondent'}: ${line} (${i}.${t})`;
    });
    const path = join(folder, `interview-${i}.txt`);
    writeFileSync(path, turns.join('\n\n'));
    return path;
  });
}

describe('the core host over a message channel', () => {
  it('answers contract calls, pushes events, and refuses bad calls with the contract codes', async () => {
    const { client, home, records, events, call } = startClient();
    await client.started;

    await call('app.setCoder', { name: 'Achieng' });
    const path = join(home, 'kenya.scalinglab');
    const lab = await callOp(client, 'labs.create', { path, profile: { name: 'Kenya TaRL Lab', startDate: '2026-03-01' } });
    expect(lab.ok && lab.result.path).toBe(path);
    expect(events).toContainEqual({ type: 'lab', lab: expect.objectContaining({ path }) });

    const code = await callOp(client, 'codes.create', { code: { name: 'Mentoring', parentId: null } });
    expect(code.ok).toBe(true);
    expect(events.some((e) => e.type === 'changed' && e.tables.includes('code'))).toBe(true);
    const codes = await callOp(client, 'codes.list', {});
    expect(codes.ok && codes.result.map((c) => c.name)).toEqual(['Mentoring']);
    const state = await callOp(client, 'app.state', {});
    expect(state.ok && state.result).toMatchObject({ mode: 'electron', coderName: 'Achieng', lab: { path } });

    expect(await client.call('codes.explode', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_OPERATION', message: 'There is no operation called “codes.explode”.' },
    });
    const bad = await client.call('codes.create', { code: { name: '', parentId: null } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.code).toBe('INVALID_INPUT');
    expect(!bad.ok && bad.error.message).toMatch(/^code\.name: /);
    // Core's log records come to the client's logger: ids and codes, never names.
    expect(records).toContainEqual({ level: 'warn', msg: 'op failed', fields: { op: 'codes.explode', code: 'UNKNOWN_OPERATION' } });

    await client.shutdown();
    // The lab was closed before the process ended: its WAL is folded into the file.
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(await client.call('codes.list', {})).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The workbench is closing.' } });
  });

  it('restarts a core that dies mid-call, fails that call clearly, and reopens the lab with what was written', async () => {
    const { client, home, events, call } = startClient();
    await call('app.setCoder', { name: 'Achieng' });
    const path = join(home, 'kenya.scalinglab');
    await call('labs.create', { path, profile: { name: 'Kenya TaRL Lab', startDate: '2026-03-01' } });
    await call('codes.create', { code: { name: 'Mentoring', parentId: null } });
    const files = writeTranscripts(join(home, 'incoming'), 30);

    // The first file's progress means it is committed and the rest are still being read: kill the core then.
    const firstFileDone = nextEvent(client, (e): e is Extract<AppEvent, { type: 'job' }> => e.type === 'job' && e.state === 'running');
    const importing = client.call('sources.import', { jobId: 'import-1', paths: files });
    await firstFileDone;
    const restarted = nextEvent(client, (e): e is Extract<AppEvent, { type: 'core' }> => e.type === 'core');
    await workers[0]!.terminate();

    expect(await importing).toEqual({ ok: false, error: CORE_RESTARTED });
    expect(await restarted).toEqual({ type: 'core', state: 'restarted', lab: 'reopened' });
    expect(workers).toHaveLength(2);
    // Whoever followed the job hears that it ended.
    expect(events).toContainEqual(expect.objectContaining({ type: 'job', jobId: 'import-1', state: 'failed' }));

    const state = await callOp(client, 'app.state', {});
    expect(state.ok && state.result.lab?.path).toBe(path);
    const codes = await callOp(client, 'codes.list', {});
    expect(codes.ok && codes.result.map((c) => c.name)).toEqual(['Mentoring']);
    const sources = await callOp(client, 'sources.list', {});
    expect(sources.ok && sources.result.length).toBeGreaterThanOrEqual(1);
    expect(sources.ok && sources.result.length).toBeLessThan(files.length);
    // The lab is writable again, by the new process.
    expect((await callOp(client, 'codes.create', { code: { name: 'Budget', parentId: null } })).ok).toBe(true);
  });

  it('stops restarting a core that keeps dying, and says so', async () => {
    const { client, home, events, call } = startClient({}, { maxRestarts: 0 });
    await call('labs.create', { path: join(home, 'lab.scalinglab'), profile: { name: 'Lab', startDate: '2026-03-01' } });
    const stopped = nextEvent(client, (e): e is Extract<AppEvent, { type: 'core' }> => e.type === 'core');
    await workers[0]!.terminate();

    expect(await stopped).toEqual({ type: 'core', state: 'stopped', lab: 'not-reopened' });
    expect(events).toContainEqual({ type: 'lab', lab: null });
    expect(workers).toHaveLength(1);
    const r = await client.call('app.state', {});
    expect(!r.ok && r.error.message).toMatch(/could not be restarted; quit the workbench and start it again/);
  });

  it('reports a core that cannot load its database engine, without restarting it', async () => {
    const { client } = startClient({ sqliteBinding: join(tempDir(), 'better_sqlite3.node') });
    const failure = await client.started.then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(CoreStartError);
    expect((failure as CoreStartError).reason).toBe('sqlite-binding');
    expect(workers).toHaveLength(1);
    const r = await client.call('app.state', {});
    expect(!r.ok && r.error.code).toBe('INTERNAL');
  });
});
