// `npm run test:electron`: the Electron smoke test (test/electron/*.electron.test.ts) on the real app.
//
// It needs Electron's binary, which `npm start` downloads on first use. Where the binary is not installed it
// says so in one line and exits 0: the test is not part of `npm test`, which takes the same window steps in
// browser mode. Otherwise it makes the Electron build of better-sqlite3, builds out/ when it is stale, and runs
// vitest with its own config, naming the binary and the binding in the environment. It never downloads.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { electronBinary } from './electron-binary.mjs';
import { ensureElectronBinding } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const message = (e) => (e instanceof Error ? e.message : String(e));

const electron = electronBinary(root);
if (!electron) {
  console.log(`test:electron: did not run — Electron's binary is not installed here (run "npm start" once where it can be downloaded).`);
  process.exit(0);
}

let binding;
try {
  binding = ensureElectronBinding();
} catch (e) {
  console.error(`test:electron: could not build better-sqlite3 for Electron (${message(e)})`);
  process.exit(1);
}
try {
  buildIfStale(root);
} catch (e) {
  console.error(`test:electron: ${message(e)}`);
  process.exit(1);
}

// Arguments after `--` go to vitest: `npm run test:electron -- -t "Edit menu"`.
const vitest = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.electron.config.ts', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, WORKBENCH_ELECTRON_BINARY: electron, WORKBENCH_SQLITE_BINDING: binding } },
);
if (vitest.error) console.error(`test:electron: could not run vitest (${vitest.error.message})`);
process.exit(vitest.status ?? 1);
