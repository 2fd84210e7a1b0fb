import { app } from 'electron';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The built renderer, next to this bundle: out/main/index.js → out/renderer/index.html. */
export const RENDERER_INDEX = join(here, '../renderer/index.html');

/** The sandboxed preload, bundled to CommonJS: out/preload/index.cjs. */
export const PRELOAD_SCRIPT = join(here, '../preload/index.cjs');

/**
 * The import parse worker, when the main build emits it beside index.js (an extra main input,
 * `'parse-worker': 'src/core/ingest/parse-worker.ts'`), started by the core process; without it, core parses
 * on its own thread.
 */
export const PARSE_WORKER_SCRIPT = join(here, 'parse-worker.js');

/** The job worker (exports, analysis snapshot rebuilds), an extra main input like the parse worker. */
export const JOB_WORKER_SCRIPT = join(here, 'job-worker.js');

/** The core process's entry, an extra main input (`'core-process': 'src/main/core-process.ts'`). */
export const CORE_PROCESS_SCRIPT = join(here, 'core-process.js');

/**
 * `electron-vite dev` serves the renderer and names it in ELECTRON_RENDERER_URL. Only an unpackaged app
 * honours it, so an installed app can never be pointed at another page through the environment.
 */
export const DEV_SERVER_URL: string | null =
  !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;

function samePath(a: string, b: string): boolean {
  return process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * True when `raw` is the app's own page: the dev server's origin in development, otherwise exactly the
 * built index.html (any query or hash). Used for the IPC sender check, navigation and permissions.
 */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (DEV_SERVER_URL) return url.origin === new URL(DEV_SERVER_URL).origin;
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  return samePath(resolve(fileURLToPath(url)), resolve(RENDERER_INDEX));
}
