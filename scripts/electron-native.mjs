// Builds an Electron copy of better-sqlite3's native binding, beside the Node one the tests use.
//
// node_modules/better-sqlite3 stays compiled for Node (vitest, the CLI, browser mode). Electron has its own
// ABI, so this copies the package to .cache/electron-native/<electron>-<arch>/better-sqlite3/, fetches the
// prebuilt Electron binary there (prebuild-install) or compiles it against Electron's headers (node-gyp),
// and reports the .node file. `npm start` passes that path to Electron as WORKBENCH_SQLITE_BINDING.
//
//   node scripts/electron-native.mjs [--target <electron version>] [--arch <arch>]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromRoot = createRequire(join(root, 'package.json'));
const cacheRoot = join(root, '.cache', 'electron-native');

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const shown = (p) => relative(process.cwd(), p) || '.';

/** The Electron version in node_modules, read from its package.json: its binary may be missing. */
export function installedElectronVersion() {
  return readJson(requireFromRoot.resolve('electron/package.json')).version;
}

/** Where the binding for one Electron version and arch lives; src/main/native-binding.ts looks here too. */
export function electronBindingPath(version, arch = process.arch) {
  return join(cacheRoot, `${version}-${arch}`, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

// npm passes its config to scripts as npm_config_* variables; nodedir, target, runtime and the like would
// point prebuild-install and node-gyp at Node instead of Electron.
function buildEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_config_(nodedir|target|runtime|arch|platform|disturl|dist_url|build_from_source|devdir)$/i.test(key)) delete env[key];
  }
  return env;
}

/** What a failed tool said, on one line: the download it could not make, or its first real error. */
export function lastWords(result) {
  if (result.error) return result.error.code === 'ETIMEDOUT' ? 'timed out' : result.error.message;
  const lines = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const download = lines.findLast((l) => /\bGET https?:\/\//.test(l));
  const offline = lines.some((l) => /network connectivity|ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN/.test(l));
  const line =
    (offline && download ? `could not download ${download.replace(/^.*\bGET /, '')}` : null) ??
    lines.find((l) => /\berror\b.*:/i.test(l) && !/^gyp ERR! (stack|configure error|build error)/.test(l)) ??
    lines.findLast((l) => /warn|err|fail|not found/i.test(l) && !/not ok$/.test(l)) ??
    lines.at(-1) ??
    `exit code ${result.status}`;
  return line.length > 200 ? `${line.slice(0, 197)}…` : line;
}

function run(args, cwd, timeoutMs) {
  return spawnSync(process.execPath, args, { cwd, env: buildEnv(), encoding: 'utf8', timeout: timeoutMs, windowsHide: true });
}

function resolveFromRoot(id) {
  try {
    return requireFromRoot.resolve(id);
  } catch {
    return null; // not a dependency of the project
  }
}

/** node-gyp: a project copy if there is one, else the one npm ships with. */
function findNodeGyp() {
  const nodeDir = dirname(process.execPath);
  const npmCli = process.env.npm_execpath;
  const candidates = [
    resolveFromRoot('node-gyp/bin/node-gyp.js'),
    npmCli ? join(dirname(npmCli), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js') : null,
    join(nodeDir, '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
    join(nodeDir, 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'),
  ];
  return candidates.find((c) => c !== null && existsSync(c)) ?? null;
}

/**
 * Returns the path of a better_sqlite3.node built for Electron `version`, building it when the cache has
 * none for this better-sqlite3 version. Throws an Error with a one-line message when it cannot.
 */
export function ensureElectronBinding({ version = installedElectronVersion(), arch = process.arch, say = console.log } = {}) {
  const source = dirname(requireFromRoot.resolve('better-sqlite3/package.json'));
  const sqliteVersion = readJson(join(source, 'package.json')).version;
  const binding = electronBindingPath(version, arch);
  const dir = dirname(dirname(dirname(binding)));
  const what = `better-sqlite3 ${sqliteVersion} for Electron ${version} (${arch})`;

  if (existsSync(binding) && readJson(join(dir, 'package.json')).version === sqliteVersion) {
    say(`${what}: ready at ${shown(binding)}`);
    return binding;
  }

  // Work in a private folder and move it into place only when it holds a binding, so an interrupted or
  // failed build never leaves a folder that looks ready (and Node's own build/ is never copied across).
  const work = `${dir}.tmp-${process.pid}`;
  const workBinding = join(work, 'build', 'Release', 'better_sqlite3.node');
  const sourceBuild = join(source, 'build');
  rmSync(work, { recursive: true, force: true });
  say(`${what}: copying the package to ${shown(work)}`);
  cpSync(source, work, { recursive: true, filter: (p) => p !== sourceBuild && !p.startsWith(sourceBuild + sep) });

  try {
    say(`${what}: fetching the prebuilt binary (prebuild-install)`);
    const prebuild = createRequire(join(source, 'package.json')).resolve('prebuild-install/bin.js');
    const fetched = run([prebuild, '--runtime=electron', `--target=${version}`, `--arch=${arch}`], work, 5 * 60_000);
    if (fetched.status !== 0 || !existsSync(workBinding)) {
      const gyp = findNodeGyp();
      if (!gyp) throw new Error(`no prebuilt binary (${lastWords(fetched)}) and node-gyp was not found to compile one`);
      say(`${what}: no prebuilt binary (${lastWords(fetched)}); compiling with node-gyp`);
      const compiled = run(
        [
          gyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${version}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
          `--devdir=${join(cacheRoot, 'node-gyp')}`,
        ],
        work,
        30 * 60_000,
      );
      if (compiled.status !== 0 || !existsSync(workBinding)) throw new Error(`node-gyp could not compile it: ${lastWords(compiled)}`);
    }
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  say(`${what}: ready at ${shown(binding)}`);
  return binding;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { target: { type: 'string' }, arch: { type: 'string' } } });
  try {
    ensureElectronBinding({ version: values.target ?? installedElectronVersion(), arch: values.arch ?? process.arch });
  } catch (e) {
    console.error(`Could not build better-sqlite3 for Electron: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  }
}
