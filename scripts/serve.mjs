// `npm run serve`: browser mode. Builds the renderer (electron-vite) when it is missing or older than its
// sources, and the server (scripts/build-node.mjs) likewise, then runs the built server in this process.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newest } from './build-if-stale.mjs';
import { ensureNodeBuild } from './build-node.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'out/renderer/index.html');

const stale =
  !existsSync(built) ||
  statSync(built).mtimeMs < Math.max(newest(join(root, 'src/renderer')), newest(join(root, 'src/shared')));
if (stale) {
  console.error('Building the app (first start, or sources changed)…');
  const r = spawnSync(process.execPath, [join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
await ensureNodeBuild();
// The server reads its options from this process's arguments (--port, --lab, --home, --static).
await import('../out/node/server.js');
