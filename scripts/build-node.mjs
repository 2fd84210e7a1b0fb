// Builds the Node side of the app ahead of time: the CLI (`labwb`), the browser-mode server and the worker
// threads, bundled by esbuild from src/ into out/node/. Compiling TypeScript at every start (tsx) cost the CLI
// 2–3 s and 200 MB for a one-line answer; the bundles start in a fraction of that.
//
// `npm run build` runs it after electron-vite; `labwb`, `npm run serve` and `npm start` run it themselves when
// out/node is missing or older than its sources, so a fresh clone needs no extra step.
//
//   node scripts/build-node.mjs            build now
//   import { ensureNodeBuild } from …      build only when stale (a lock keeps parallel starts from racing)
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { newest } from './build-if-stale.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'out', 'node');
const stamp = join(outDir, '.built');
const lockDir = join(root, 'out', '.node-build.lock');

/** Entry points: name in out/node ← source. Every worker a Node front door starts must be listed here. */
export const NODE_ENTRIES = {
  labwb: 'src/cli/main.ts',
  server: 'src/server/main.ts',
  'parse-worker': 'src/core/ingest/parse-worker.ts',
  'job-worker': 'src/core/jobs/job-worker.ts',
};

const SOURCES = ['src/core', 'src/shared', 'src/cli', 'src/server', 'package.json', 'scripts/build-node.mjs'];

export function nodeBuildIsStale() {
  return !existsSync(stamp) || statSync(stamp).mtimeMs < Math.max(...SOURCES.map((p) => newest(join(root, p))));
}

/** Bundles every entry into a fresh folder, then swaps it in, so a reader never sees half a build. */
export async function buildNode() {
  const { build } = await import('esbuild');
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  try {
    await build({
      absWorkingDir: root,
      entryPoints: NODE_ENTRIES,
      outdir: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Small pure-JS dependencies (zod, commander…) are bundled: loading zod's hundred-odd files through Node's
      // ESM loader cost a CLI start more than compiling them in one file. These load from node_modules at run
      // time: the native binding, pdf.js (it finds its own fonts and worker), and the large libraries that only
      // exports and imports load, on first use.
      external: ['better-sqlite3', 'pdfjs-dist', 'mammoth', 'jszip', 'docx', 'exceljs', 'playwright-core'],
      // Shared code goes into chunks beside the entries, so `new URL('./parse-worker.js', import.meta.url)`
      // finds a worker from whichever file the code ended up in.
      splitting: true,
      // Bundled CommonJS (commander) requires Node's built-ins; ESM output has no `require` unless given one.
      banner: { js: "import { createRequire as __workbenchRequire } from 'node:module'; const require = __workbenchRequire(import.meta.url);" },
      chunkNames: 'chunk-[hash]',
      sourcemap: 'linked',
      logLevel: 'warning',
    });
    writeFileSync(join(tmp, '.built'), new Date().toISOString());
    rmSync(outDir, { recursive: true, force: true });
    renameSync(tmp, outDir);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Builds out/node when it is missing or stale; parallel callers wait for the one that builds. */
export async function ensureNodeBuild({ say = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (!nodeBuildIsStale()) return;
  mkdirSync(join(root, 'out'), { recursive: true });
  for (let waited = 0; ; waited += 100) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // A lock left by a process that died mid-build is older than any build takes.
      if (Date.now() - statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs > 120_000) rmSync(lockDir, { recursive: true, force: true });
      if (waited > 180_000) throw new Error(`Another build has held ${lockDir} for three minutes; delete it and try again.`);
      await sleep(100);
    }
  }
  try {
    if (!nodeBuildIsStale()) return; // another process built it while we waited
    say('Building the command line and server (first start, or sources changed)…');
    await buildNode();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildNode();
}
