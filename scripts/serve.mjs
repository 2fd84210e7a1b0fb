// `npm run serve`: build the renderer when it is missing or older than its sources, then start browser mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'out/renderer/index.html');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale =
  !existsSync(built) ||
  statSync(built).mtimeMs < Math.max(newest(join(root, 'src/renderer')), newest(join(root, 'src/shared')));
if (stale) {
  console.error('Building the app (first start, or sources changed)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const server = spawnSync(
  process.execPath,
  ['--import', import.meta.resolve('tsx'), join(root, 'src/server/main.ts'), '--static', join(root, 'out/renderer'), ...process.argv.slice(2)],
  { cwd: process.cwd(), stdio: 'inherit' },
);
process.exit(server.status ?? 1);
