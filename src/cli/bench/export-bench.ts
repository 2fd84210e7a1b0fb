import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../core/app/workspace';
import { queryExcerpts } from '../../core/coding/retrieval';
import { dispatch } from '../../core/dispatch';
import { startServer } from '../../server/http-server';
import type { Block, ParsedDocument } from '../../core/ingest/parsed-document';
import { initialiseLab } from '../../core/lab/lab-profile';
import { silentLogger } from '../../core/log';
import { saveSource } from '../../core/sources/save-source';
import { LabStore } from '../../core/store/lab-store';
import { countExcerpts } from '../../core/store/queries/analysis-queries';
import type { PmNode } from '../../shared/domain/report';
import { httpCaller, processMemoryMb, startBrowserMode } from './browser-mode-process';
import { populate } from './evidence-bench';
import { latencyStats, probeLatency } from './latency-probe';
import { round } from './measure';
import { seededRandom } from './zipf-text';

const SPEAKERS = ['Amina Wanjiru', 'Joseph Otieno', 'Grace Mwangi', 'Peter Kamau', 'Fatuma Hassan', 'David Kiprono', 'Mary Achieng', 'John Mutua'];
const WORDS =
  'the county coaches teachers reading lesson schools budget pupils learning data officers head time books programme support training policy plan scale ministry feedback classroom sub-county observation assessment parents community cost funding government partners'.split(
    ' ',
  );

/** Interview transcripts with speaker turns, written straight into the store: a lab to grow to `excerpts` excerpts. */
export function generateLab(path: string, sources: number): LabStore {
  const store = LabStore.create(path);
  store.useCoder('Bench');
  initialiseLab(store, { name: 'Export bench lab', startDate: '2026-01-01', country: 'Kenya', city: '', localPartner: '', initiatives: ['Reading programme'], problem: '', scalingGoal: '', pathways: [], approach: null });
  const random = seededRandom(5);
  const sentence = () => {
    const n = 8 + Math.floor(random() * 14);
    const w = Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]!);
    return `${w.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  store.write(
    'Bench sources',
    () => {
      for (let i = 0; i < sources; i++) {
        const speaker = SPEAKERS[i % SPEAKERS.length]!;
        const blocks: Block[] = [];
        const parts: string[] = [];
        let pos = 0;
        for (let t = 0; t < 120; t++) {
          const who = t % 2 === 0 ? 'Interviewer' : speaker;
          const text = Array.from({ length: t % 2 === 0 ? 1 : 5 }, sentence).join(' ');
          if (parts.length) pos += 2;
          blocks.push({ kind: 'turn', start: pos, end: pos + text.length, speaker: who });
          parts.push(text);
          pos += text.length;
        }
        const doc: ParsedDocument = { format: 'txt', text: parts.join('\n\n'), blocks, comments: [], speakers: ['Interviewer', speaker], warnings: [] };
        const bytes = new TextEncoder().encode(doc.text);
        saveSource(store, { fileName: `interview-${i + 1}.txt`, bytes, sha256: createHash('sha256').update(bytes).update(String(i)).digest('hex'), doc });
      }
    },
    { kind: 'bookkeeping' },
  );
  return store;
}

type Call = <T>(name: string, input?: unknown) => Promise<T>;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** The report the bench exports: 1,000 quotes, a heading and a live table every 200. Returns its id. */
async function writeReport(ws: Workspace): Promise<{ id: string; quotes: number; tables: number }> {
  const call = async <T>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result as T;
  };
  const excerpts = queryExcerpts(ws.store, {}, 1000).excerpts;
  const { phases } = await call<{ phases: { id: string; kind: string }[] }>('timeline.get', {});
  const report = await call<{ id: string }>('reports.create', { kind: 'iteration', phaseId: phases.find((p) => p.kind === 'iteration')!.id });
  const quotes = await Promise.all(excerpts.map((e) => call<PmNode>('reports.quoteNode', { excerptId: e.excerptId })));
  const tables = ['participation', 'targets', 'rubric', 'evidenceTypePhase', 'codeFrequencies'].map((kind) => ({ type: 'liveTable', attrs: { kind } }));
  const body: PmNode[] = [];
  quotes.forEach((q, i) => {
    if (i % 200 === 0) body.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Part ${i / 200 + 1}` }] }, tables[i / 200]!);
    body.push({ type: 'paragraph', content: [{ type: 'text', text: 'As one participant put it:' }] }, q);
  });
  await call('reports.update', { id: report.id, patch: { body: { type: 'doc', content: body } } });
  return { id: report.id, quotes: quotes.length, tables: tables.length };
}

/** Runs one call while `lab.info` (a small query) is called back to back: how long it took, how long they waited. */
async function underLoad<T>(call: Call, name: string, input: unknown) {
  const started = performance.now();
  const running = call<T>(name, input);
  const latencies = await probeLatency(() => call('lab.info'), { busy: running });
  return { result: await running, seconds: (performance.now() - started) / 1000, latency: latencyStats(latencies) };
}

/**
 * Both exports through one front door, then an analysis table just after a write (so its snapshot is rebuilt),
 * each under load; and the peak memory `memory()` reports during the workbook.
 */
async function longWorkUnderLoad(call: Call, o: { workDir: string; reportId: string; tag: string; memory: () => number | null }) {
  type Exported = { bytes: number; ms: number };
  const before = o.memory();
  let peak = before ?? 0;
  const sampler = setInterval(() => (peak = Math.max(peak, o.memory() ?? 0)), 25);
  const workbook = await underLoad<Exported>(call, 'export.xlsx', { path: join(o.workDir, `bench-lab-${o.tag}.xlsx`) }).finally(() => clearInterval(sampler));
  const rssPeakMb = before === null ? null : Math.max(peak, o.memory() ?? 0);
  const report = await underLoad<Exported>(call, 'export.docx', { reportId: o.reportId, path: join(o.workDir, `bench-report-${o.tag}.docx`) });
  await call('codes.create', { code: { name: `Bench code (${o.tag})` } });
  const analysis = await underLoad(call, 'analysis.crossTable', { rows: { kind: 'code' }, cols: { kind: 'phase' } });
  return { workbook, report, analysis, rssBeforeMb: before, rssPeakMb };
}

/**
 * The lab a bench part measures: the one at `labPath` when it exists (the evidence bench's), or one it generates in
 * its work folder with `excerpts` coded and tagged excerpts, 500 to a source.
 */
export function benchLab(o: { workDir: string; excerpts: number; labPath?: string | undefined }, part: string, say: (s: string) => void): string {
  const path = o.labPath && existsSync(o.labPath) ? o.labPath : join(o.workDir, `${part}-bench.scalinglab`);
  if (!existsSync(path)) {
    say(`${part} bench: generating a lab of ${o.excerpts} excerpts`);
    const store = generateLab(path, Math.max(10, Math.ceil(o.excerpts / 500)));
    populate(store, o.excerpts, say);
    store.close();
  }
  return path;
}

/**
 * Export performance (issue 12): the workbook of a lab of `excerpts` excerpts (target under 20 s, the process under
 * 1 GB) and a report of 1,000 quotes and 5 tables to Word (under 5 s), and whether small calls are answered while
 * they run (p95 under 50 ms). Measured twice in the same run: as before, exports on the thread that answers
 * calls (an in-process server, no job worker), then through browser mode as the app runs it (the server in its own
 * process, exports in the job worker), beside the small call's idle latency. Uses the lab at `labPath` when it
 * exists (the evidence bench's), or grows one of its own.
 */
export async function exportBench(o: { workDir: string; excerpts: number; labPath?: string }, say: (s: string) => void) {
  const path = benchLab(o, 'export', say);

  const ws = new Workspace({ mode: 'cli', home: o.workDir, version: 'bench', coderName: 'Bench', logger: silentLogger });
  let report: { id: string; quotes: number; tables: number };
  let excerpts: number;
  let inline;
  try {
    ws.openFile(path);
    excerpts = countExcerpts(ws.store);
    report = await writeReport(ws);
    say(`export bench: ${excerpts} excerpts to Excel and 1,000 quotes to Word, on the thread that answers (as before)`);
    const server = await startServer(ws, { staticDir: o.workDir });
    try {
      inline = await longWorkUnderLoad(httpCaller(server.url), { workDir: o.workDir, reportId: report.id, tag: 'inline', memory: () => mb(process.memoryUsage().rss) });
    } finally {
      await server.close();
    }
  } finally {
    ws.close();
  }

  say('export bench: the same through browser mode, exports in the job worker');
  const browser = await startBrowserMode({ workDir: join(o.workDir, 'browser-mode'), lab: path, files: [o.workDir] });
  let worker;
  let idle;
  let highWaterMb;
  try {
    idle = latencyStats(await probeLatency(() => browser.call('lab.info'), { count: 200 }));
    worker = await longWorkUnderLoad(browser.call, { workDir: o.workDir, reportId: report.id, tag: 'worker', memory: () => processMemoryMb(browser.pid)?.rss ?? null });
    highWaterMb = processMemoryMb(browser.pid)?.highWater ?? null;
  } finally {
    await browser.stop();
  }

  const { workbook: xlsx, report: docx, analysis } = worker;
  const xlsxResult = xlsx.result;
  const docxResult = docx.result;
  const p95 = Math.max(xlsx.latency.p95Ms, docx.latency.p95Ms, analysis.latency.p95Ms);
  const memoryMb = highWaterMb ?? worker.rssPeakMb;
  return {
    report: {
      quotes: report.quotes,
      tables: report.tables,
      ms: docxResult.ms,
      inlineMs: inline.report.result.ms,
      megabytes: round(docxResult.bytes / 1024 / 1024, 2),
      target: { msUnder: 5000 },
      pass: docxResult.ms < 5000,
    },
    workbook: {
      excerpts,
      seconds: round(xlsx.seconds, 2),
      inlineSeconds: round(inline.workbook.seconds, 2),
      megabytes: round(xlsxResult.bytes / 1024 / 1024, 1),
      serverRssBeforeMb: worker.rssBeforeMb,
      serverRssPeakMb: worker.rssPeakMb,
      serverRssHighWaterMb: highWaterMb,
      inlineProcessRssPeakMb: inline.rssPeakMb,
      vsInline: round(xlsx.seconds / inline.workbook.seconds, 2),
      // No slower than on the answering thread, within the run-to-run spread of this bench (±10% on 2 shared cores).
      target: { secondsUnder: 20, rssMbUnder: 1024, vsInlineUnder: 1.1 },
      pass: xlsx.seconds < 20 && (memoryMb ?? 0) < 1024 && xlsx.seconds < inline.workbook.seconds * 1.1,
    },
    smallCalls: {
      op: 'lab.info',
      through: 'browser mode (HTTP to the server process)',
      idle,
      duringWorkbookExport: xlsx.latency,
      duringReportExport: docx.latency,
      duringSnapshotRebuild: { ...analysis.latency, crossTableSeconds: round(analysis.seconds, 2) },
      inlineBefore: {
        duringWorkbookExport: inline.workbook.latency,
        duringReportExport: inline.report.latency,
        duringSnapshotRebuild: { ...inline.analysis.latency, crossTableSeconds: round(inline.analysis.seconds, 2) },
      },
      target: { p95MsUnder: 50 },
      pass: p95 < 50,
    },
  };
}
