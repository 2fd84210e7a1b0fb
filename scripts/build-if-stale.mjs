// Builds the app into out/ (electron-vite) when out/ is missing or older than what it is built from.
// `npm start` and `npm run test:electron` both run Electron on out/, and neither may run an old build.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
const INPUTS = ['src', 'electron.vite.config.ts', 'package.json'];

/** The newest modification time of a file or of anything in a folder, 0 when it does not exist. */
export function newest(path) {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  let t = 0;
  for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

/**
 * Builds when an output is missing or older than the newest input, saying so in one line. Throws an Error with
 * a one-line message when the build fails; the build's own errors are on stderr above it.
 */
export function buildIfStale(root, say = console.log) {
  const outputs = OUTPUTS.map((p) => join(root, p));
  const built = outputs.every(existsSync) ? Math.min(...outputs.map((p) => statSync(p).mtimeMs)) : 0;
  if (built >= Math.max(...INPUTS.map((p) => newest(join(root, p))))) return;
  say('Building the app (first start, or sources changed)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('the build failed (see above); run "npm run build" to see all of its output');
}
