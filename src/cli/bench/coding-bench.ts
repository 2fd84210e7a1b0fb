import mammoth from 'mammoth';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Workspace } from '../../core/app/workspace';
import { applyCode, excerptFor } from '../../core/coding/excerpts';
import { createCode } from '../../core/coding/codebook';
import { retrieve } from '../../core/coding/retrieval';
import { searchSources } from '../../core/coding/search';
import { fastMammothXmlInstalled } from '../../core/ingest/mammoth-xml-reader';
import { parseWorkerSpec } from '../../core/ingest/parse-worker-spec';
import { initialiseLab } from '../../core/lab/lab-profile';
import { dispatch } from '../../core/dispatch';
import { jobWorkerSpec } from '../../core/jobs/job-worker-spec';
import { LabStore } from '../../core/store/lab-store';
import { selectSourceSummaries, selectSourceText } from '../../core/store/queries/source-queries';
import { silentLogger } from '../../core/log';
import { makeTranscripts } from './make-transcripts';
import type { ImportResult } from '../../shared/domain/source';
import { startBrowserMode } from './browser-mode-process';
import { latencyStats, probeLatency } from './latency-probe';
import { percentile, round, timed } from './measure';
import { rawReadFloorMs, withFloor } from './raw-read-floor';
import { BENCH_TEXT_DIR, seededRandom, ZipfWords } from './zipf-text';

/** Hits the search panel asks for at a time (it offers “show more”). */
const SEARCH_PAGE = 100;

export interface CodingBenchOptions {
  workDir: string;
  cacheDir: string;
  files: number;
  words: number;
}

/** Files imported through browser mode while `lab.info` is timed: enough for a few seconds of work. */
const LATENCY_FILES = 500;

const cpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;

function newBenchLab(path: string): LabStore {
  const store = LabStore.create(path);
  store.useCoder('Bench');
  initialiseLab(store, { name: 'Bench lab', startDate: '2026-01-01', country: '', city: '', localPartner: '', initiatives: [], problem: '', scalingGoal: '', pathways: [], approach: null });
  return store;
}

/**
 * How long a small call (`lab.info`) waits while files are imported through browser mode as the app runs it:
 * the server in a process of its own, the import in its job worker.
 */
async function importLatency(workDir: string, paths: string[], say: (line: string) => void) {
  say(`small calls during an import of ${paths.length} files through browser mode`);
  const dir = join(workDir, 'import-latency');
  mkdirSync(dir);
  const lab = join(dir, 'latency.scalinglab');
  newBenchLab(lab).close();
  const browser = await startBrowserMode({ workDir: dir, lab, files: [...new Set(paths.map((p) => dirname(p)))] });
  try {
    const idle = latencyStats(await probeLatency(() => browser.call('lab.info'), { count: 100 }));
    const started = performance.now();
    const running = browser.call<ImportResult[]>('sources.import', { paths });
    const during = latencyStats(await probeLatency(() => browser.call('lab.info'), { busy: running }));
    const results = await running;
    return {
      op: 'lab.info',
      through: 'browser mode (HTTP to the server process)',
      files: paths.length,
      imported: results.filter((r) => r.status === 'imported').length,
      importSeconds: round((performance.now() - started) / 1000, 2),
      idle,
      during,
      target: { p95MsUnder: 50 },
      pass: during.p95Ms < 50,
    };
  } finally {
    await browser.stop();
  }
}

/** Import, search and retrieval on a lab of generated interview transcripts (issue: import and coding). */
export async function codingBench(o: CodingBenchOptions, say: (line: string) => void) {
  say(`generating ${o.files} transcripts of ~${o.words} words (cached in ${o.cacheDir})`);
  const generation = await timed(() => makeTranscripts(join(o.cacheDir, `transcripts-v2-${o.files}x${o.words}`), o.files, o.words));
  const paths = generation.result;

  say('raw mammoth, one thread');
  // Our .docx reader speeds mammoth up in whichever thread it runs; the floor is mammoth as shipped.
  if (fastMammothXmlInstalled()) throw new Error('the raw-mammoth floor must run before anything reads a .docx on this thread');
  // Every file the import reads, so both sides pay the same warm-up of V8's compiler and see the same texts.
  const buffers = paths.map((p) => readFileSync(p));
  const rawCpu = process.cpuUsage();
  const raw = await timed(async () => {
    for (const buffer of buffers) await mammoth.extractRawText({ buffer });
  });
  const rawFilesPerSecond = buffers.length / (raw.ms / 1000);
  const rawCpuMsPerFile = cpuMs(process.cpuUsage(rawCpu)) / buffers.length;

  say('import through the app (the job worker: its parse pool and one writer)');
  const ws = new Workspace({ mode: 'cli', home: o.workDir, version: 'bench', coderName: 'Bench', parseWorker: parseWorkerSpec(), jobWorker: jobWorkerSpec(), logger: silentLogger });
  // Kept after the run: the evidence bench grows this same lab.
  const store = newBenchLab(join(o.workDir, 'bench.scalinglab'));
  ws.attach(store);
  let changedEvents = 0;
  ws.subscribe((e) => {
    if (e.type === 'changed') changedEvents++;
  });
  // Every thread of this process (the job worker, its parse pool): the CPU an import costs, which contention on
  // shared cores changes less than it changes the seconds.
  const importCpu = process.cpuUsage();
  const imported = await timed(async () => {
    const r = await dispatch(ws, 'sources.import', { paths });
    if (!r.ok) throw new Error(`import failed: ${r.error.code} ${r.error.message}`);
    return r.result as ImportResult[];
  });
  const failures = imported.result.filter((r) => r.status === 'failed').length;
  const totalWords = selectSourceSummaries(store).reduce((n, s) => n + s.wordCount, 0);
  const importFilesPerSecond = o.files / (imported.ms / 1000);
  const importCpuMs = cpuMs(process.cpuUsage(importCpu));

  say('full-text search');
  const random = seededRandom(7);
  const zipf = new ZipfWords(BENCH_TEXT_DIR, random);
  const pick = (from: number, to: number) => zipf.words[from + Math.floor(random() * (to - from))]!;
  const sampleText = selectSourceText(store, selectSourceSummaries(store)[0]!.id)!.text.split(/\s+/).filter((w) => /^[\p{L}]+$/u.test(w));
  const queries = [
    ...Array.from({ length: 10 }, () => ({ kind: 'rare', q: pick(3000, Math.min(6000, zipf.words.length)) })),
    ...Array.from({ length: 10 }, () => ({ kind: 'common', q: pick(20, 60) })),
    ...Array.from({ length: 10 }, () => {
      const i = Math.floor(random() * (sampleText.length - 2));
      return { kind: 'phrase', q: `"${sampleText[i]} ${sampleText[i + 1]}"` };
    }),
    ...Array.from({ length: 10 }, () => ({ kind: 'prefix', q: `${pick(100, 1500).slice(0, 4)}*` })),
  ];
  const searchTimes: number[] = [];
  for (let round_ = 0; round_ < 3; round_++) {
    for (const { q } of queries) searchTimes.push((await timed(() => searchSources(store, q, SEARCH_PAGE))).ms);
  }

  say('retrieval of a code with 10,000 excerpts');
  const code = createCode(store, { name: 'Bench code', parentId: null, definition: '', whenToUse: '', whenNotToUse: '', example: '' });
  const sources = selectSourceSummaries(store);
  const perSource = Math.ceil(10000 / sources.length);
  store.write('Bench coding', (w) => {
    let made = 0;
    for (const s of sources) {
      const src = selectSourceText(store, s.id)!;
      const turns = src.blocks.filter((b) => b.kind === 'turn');
      for (let k = 0; k < perSource && made < 10000; k++, made++) {
        const b = turns[(k * 7) % turns.length]!;
        applyCode(w, store, excerptFor(w, store, s.id, b.start, Math.min(b.end, b.start + 200), src).id, code.id);
      }
    }
  });
  // The list and its floor take turns, so a slow patch of a shared machine weighs on both alike.
  const retrievalTimes: number[] = [];
  const floorTimes: number[] = [];
  let retrievedIds: string[] = [];
  for (let i = 0; i < 9; i++) {
    const r = await timed(() => retrieve(store, { codeId: code.id, includeChildren: true, filter: {}, limit: 100000 }));
    retrievalTimes.push(r.ms);
    retrievedIds = r.result.excerpts.map((e) => e.excerptId);
    floorTimes.push(await rawReadFloorMs(store, retrievedIds, 1));
  }
  const retrievalFloorMs = percentile(floorTimes, 50);
  ws.close();

  const latency = await importLatency(o.workDir, paths.slice(0, LATENCY_FILES), say);

  const ratio = importFilesPerSecond / rawFilesPerSecond;
  return {
    corpus: { files: o.files, wordsPerFile: o.words, totalWords, generationSeconds: round(generation.ms / 1000) },
    import: {
      seconds: round(imported.ms / 1000, 2),
      filesPerSecond: round(importFilesPerSecond),
      wordsPerSecond: Math.round(totalWords / (imported.ms / 1000)),
      failures,
      cpuMsPerFile: round(importCpuMs / o.files, 2),
      coresBusy: round(importCpuMs / imported.ms, 2),
      rawMammothFilesPerSecondOneThread: round(rawFilesPerSecond),
      rawMammothCpuMsPerFile: round(rawCpuMsPerFile, 2),
      ratioToRawMammoth: round(ratio, 2),
      changedEvents,
      targets: { secondsUnder: 20, ratioAtLeast: 1.2 },
      pass: imported.ms < 20000 && ratio >= 1.2 && failures === 0,
      smallCallsDuringImport: latency,
    },
    search: {
      queries: searchTimes.length,
      p50ms: round(percentile(searchTimes, 50)),
      p95ms: round(percentile(searchTimes, 95)),
      target: { p95msUnder: 50 },
      pass: percentile(searchTimes, 95) < 50,
    },
    retrieval: {
      excerpts: retrievedIds.length,
      medianMs: round(percentile(retrievalTimes, 50)),
      ...withFloor(round(percentile(retrievalTimes, 50)), retrievalFloorMs),
      target: { msUnder: 100, ratioToFloorAtMost: 2 },
      pass: percentile(retrievalTimes, 50) < 100 && percentile(retrievalTimes, 50) <= 2 * retrievalFloorMs,
    },
  };
}
