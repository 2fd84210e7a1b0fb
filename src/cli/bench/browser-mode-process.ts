import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRoot, runningBuilt } from '../../core/app/app-root';

const START_TIMEOUT_MS = 60_000;

/** How to start the browser-mode server: the out/node bundle, beside this one when the bench runs built. */
function serverCommand(): string[] {
  if (runningBuilt()) return [fileURLToPath(new URL('./server.js', import.meta.url))];
  // From source (the end-to-end tests): the server bundle `npm run build` made.
  return [join(appRoot(), 'out', 'node', 'server.js')];
}

/** Memory of a process from /proc (Linux): resident now, and its high-water mark. Null elsewhere. */
export function processMemoryMb(pid: number): { rss: number; highWater: number } | null {
  const status = `/proc/${pid}/status`;
  if (!existsSync(status)) return null;
  const text = readFileSync(status, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rss: Math.round(kb('VmRSS') / 1024), highWater: Math.round(kb('VmHWM') / 1024) };
}

/** Contract calls over HTTP to the server at `url` (with its token), as the page makes them; throws on `{ ok: false }`. */
export function httpCaller(url: string): <T>(name: string, input?: unknown) => Promise<T> {
  const { origin, searchParams } = new URL(url);
  const token = searchParams.get('token') ?? '';
  return async <T>(name: string, input: unknown = {}) => {
    const res = await fetch(`${origin}/api/op/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-workbench-token': token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: true; result: T } | { ok: false; error: { code: string; message: string } };
    if (!body.ok) throw new Error(`${name}: ${body.error.code} ${body.error.message}`);
    return body.result;
  };
}

/** A browser-mode server running as a process of its own. */
export interface ServerProcess {
  readonly pid: number;
  /** The address it printed, with its token, as a user would open it. */
  readonly url: string;
  /** One contract call over HTTP, as the page makes it; throws on `{ ok: false }`. */
  call<T>(name: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

function readyUrl(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`browser mode did not start: ${why}\n${stderr}`));
    };
    const timer = setTimeout(() => fail(`no "Workbench:" line within ${timeoutMs} ms`), timeoutMs);
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout!.on('data', (c: Buffer) => {
      stdout += c.toString();
      const match = /Workbench: (http\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => fail(`it exited with code ${code}`));
  });
}

/** SIGTERM (the server closes its lab), then SIGKILL if it has not gone within five seconds. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts the browser-mode server with `args` (see src/server/main.ts) and waits for the `Workbench: URL` line
 * it prints when ready. Used by the bench and by the end-to-end tests.
 */
export async function startServerProcess(args: string[], timeoutMs = START_TIMEOUT_MS): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...serverCommand(), ...args], { cwd: appRoot(), stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await readyUrl(child, timeoutMs);
  return { pid: child.pid!, url, call: httpCaller(url), stop: () => stopProcess(child) };
}

/**
 * Browser mode as the documenter runs it: the server in a process of its own with `lab` open, called over HTTP.
 * It serves a one-line page of its own: the bench calls the API only, so the renderer need not be built. `files`
 * are the folders it imports from and exports to by path (browser mode refuses paths elsewhere).
 */
export async function startBrowserMode(o: { workDir: string; lab: string; files?: readonly string[] }): Promise<ServerProcess> {
  const staticDir = join(o.workDir, 'static');
  mkdirSync(staticDir, { recursive: true });
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
  const files = (o.files ?? []).flatMap((dir) => ['--files', dir]);
  return startServerProcess(['--home', join(o.workDir, 'home'), '--lab', o.lab, '--static', staticDir, ...files]);
}
