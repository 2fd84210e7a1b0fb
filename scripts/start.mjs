// `npm start`: the desktop app when Electron can run here, otherwise the same app in the browser.
//
// Electron mode: fetch Electron's binary if it is not here yet (Electron 43+ downloads it on first use, not at
// install), make the Electron build of better-sqlite3 (scripts/electron-native.mjs), build the app when out/ is
// missing or older than its sources, then run Electron on this folder with WORKBENCH_SQLITE_BINDING naming that
// binding. If the binary cannot be downloaded (a firewall, no network) or the binding cannot be made, say so in
// one line and run browser mode (scripts/serve.mjs) with the same arguments.
import { spawn, spawnSync } from 'node:child_process';
import { constants } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { electronBinary, electronPackageDir } from './electron-binary.mjs';
import { ensureElectronBinding, lastWords } from './electron-native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);

/**
 * The Electron executable, downloading it first when the package is installed but its binary is not.
 * Returns the executable, or the reason it cannot be had, in words for one line.
 */
function electronExecutable() {
  const ready = electronBinary(root);
  if (ready) return { path: ready };
  const dir = electronPackageDir(root);
  if (!dir) return { problem: 'Electron is not installed (run "npm install" first)' };
  // One line either way: the outcome finishes the line this starts.
  process.stdout.write("Electron's binary is not here yet; downloading it… ");
  const r = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000, windowsHide: true });
  const path = electronBinary(root);
  if (r.status === 0 && path) {
    console.log('done.');
    return { path };
  }
  return { problem: `it could not be downloaded (${lastWords(r).replace(/^\w*Error: /, '')})` };
}

/**
 * Runs a child with our terminal and exits with its status. On Linux and macOS the child leads its own
 * process group and Ctrl-C or a kill reaches the whole group through us, so serve.mjs's server (its own
 * child) stops with it instead of being left running.
 */
function runToEnd(command, argv, env = process.env) {
  const ownGroup = process.platform !== 'win32';
  const child = spawn(command, argv, { cwd: process.cwd(), env, stdio: 'inherit', detached: ownGroup });
  const pass = (signal) => () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      if (ownGroup) process.kill(-child.pid, signal);
      else child.kill(signal);
    } catch (e) {
      if (e.code !== 'ESRCH') throw e; // already gone between the check and the kill
    }
  };
  process.on('SIGINT', pass('SIGINT'));
  process.on('SIGTERM', pass('SIGTERM'));
  process.on('SIGHUP', pass('SIGHUP'));
  child.on('error', (e) => {
    console.error(`Could not start ${command}: ${e.message}`);
    process.exit(1);
  });
  // A child ended by a signal exits the way a shell reports it: 128 + the signal's number (130 for Ctrl-C).
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
}

function browserMode(reason) {
  console.log(`${reason}; starting browser mode instead.`);
  runToEnd(process.execPath, [join(root, 'scripts', 'serve.mjs'), ...args]);
}

const electron = electronExecutable();
if (!electron.path) {
  browserMode(electron.problem);
} else {
  let binding = null;
  try {
    binding = ensureElectronBinding();
  } catch (e) {
    browserMode(`Could not build better-sqlite3 for Electron (${e instanceof Error ? e.message : String(e)})`);
  }
  if (binding) {
    try {
      buildIfStale(root);
    } catch (e) {
      console.error(`Could not start: ${e.message}.`);
      process.exit(1);
    }
    const env = { ...process.env, WORKBENCH_SQLITE_BINDING: binding };
    // Set in some shells and CI; it would make the Electron binary behave as plain Node.
    delete env.ELECTRON_RUN_AS_NODE;
    runToEnd(electron.path, [root, ...args], env);
  }
}
