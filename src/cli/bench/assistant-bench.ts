import { Workspace } from '../../core/app/workspace';
import { readyModel } from '../../core/assistant/model-cache';
import { suggest } from '../../core/assistant/suggest';
import { trainAssistant } from '../../core/assistant/train-assistant';
import { assistantTrainTask } from '../../core/assistant/train-task';
import { dispatch } from '../../core/dispatch';
import { jobWorkerSpec } from '../../core/jobs/job-worker-spec';
import { runJobTask } from '../../core/jobs/run-job-task';
import { silentLogger } from '../../core/log';
import type { LabStore } from '../../core/store/lab-store';
import { countExcerpts } from '../../core/store/queries/analysis-queries';
import { selectSourceSummaries } from '../../core/store/queries/source-queries';
import { benchLab } from './export-bench';
import { latencyStats, probeLatency } from './latency-probe';
import { percentile, round, timed } from './measure';

/**
 * The floor under training: the coded excerpts' texts and codes read by one plain SQLite statement, with no
 * tokenising or learning. Bench-only SQL, on purpose outside core/store.
 */
function trainingReadFloorMs(store: LabStore, runs = 3): number {
  const read = store.db.prepare(`SELECT e.text, group_concat(ec.code_id) FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id GROUP BY e.id`).raw(true);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    read.all();
    times.push(performance.now() - t0);
  }
  return round(percentile(times, 50));
}

/**
 * The coding assistant on the bench lab (issue 16): training time on this thread and in the job worker beside a raw
 * read of the training texts, suggestion time per source, "more like this" across the lab, and how long a small call
 * waits while the model trains in the worker (as the app does on a lab this size).
 */
export async function assistantBench(o: { workDir: string; excerpts: number; labPath?: string }, say: (s: string) => void) {
  const path = benchLab(o, 'assistant', say);
  const ws = new Workspace({ mode: 'cli', home: o.workDir, version: 'bench', coderName: 'Bench', logger: silentLogger, jobWorker: jobWorkerSpec() });
  try {
    ws.openFile(path);
    const store = ws.store;
    const excerpts = countExcerpts(store);
    say(`assistant bench: training on ${excerpts} excerpts`);
    const floorMs = trainingReadFloorMs(store);
    const inline = await timed(async () => trainAssistant(store));
    const worker = await timed(() => runJobTask(assistantTrainTask, { labPath: path }, { worker: jobWorkerSpec(), signal: new AbortController().signal, progress: () => undefined }));

    say('assistant bench: small calls while the model trains in the job worker');
    const first = dispatch(ws, 'assistant.suggest', { limit: 1, kinds: ['code'], sourceId: selectSourceSummaries(store)[0]!.id });
    const duringTraining = latencyStats(await probeLatency(() => dispatch(ws, 'lab.info', {}), { busy: first }));
    const idle = latencyStats(await probeLatency(() => dispatch(ws, 'lab.info', {}), { count: 100 }));

    say('assistant bench: suggestions per source');
    const { model } = await readyModel(store, { worker: jobWorkerSpec() });
    const sources = selectSourceSummaries(store).slice(0, 20);
    const perSource: number[] = [];
    let shown = 0;
    for (const s of sources) {
      const r = await timed(async () => suggest(store, model, false, { sourceId: s.id, unit: 'paragraph', kinds: ['code', 'evidence'], limit: 100 }, new Set()));
      perSource.push(r.ms);
      shown += r.result.suggestions.length;
    }
    const probe = store.db.prepare(`SELECT id FROM excerpt LIMIT 1`).get() as { id: string };
    const similar = await timed(() => dispatch(ws, 'assistant.moreLikeThis', { excerptId: probe.id, unit: 'paragraph', limit: 20 }));
    say('assistant bench: one code\'s queue across the lab, with small calls meanwhile');
    const codeId = store.db.prepare(`SELECT code_id FROM excerpt_code LIMIT 1`).pluck().get() as string;
    const scanStarted = performance.now();
    const scan = dispatch(ws, 'assistant.suggest', { codeId, limit: 100 });
    const duringScan = latencyStats(await probeLatency(() => dispatch(ws, 'lab.info', {}), { busy: scan }));
    const wholeLabForCode = { ms: performance.now() - scanStarted, result: await scan };
    return {
      excerpts,
      sources: selectSourceSummaries(store).length,
      training: {
        inlineMs: round(inline.ms),
        workerMs: round(worker.ms),
        rawSqlFloorMs: floorMs,
        ratioToFloor: round(inline.ms / Math.max(floorMs, 0.01), 2),
        labels: model.model.examples.filter((n) => n > 0).length,
        features: model.model.features.length,
      },
      suggestPerSource: { sources: sources.length, suggestions: shown, medianMs: round(percentile(perSource, 50)), p95Ms: round(percentile(perSource, 95)) },
      moreLikeThisWholeLabMs: round(similar.ms),
      suggestOneCodeWholeLabMs: round(wholeLabForCode.ms),
      smallCallWhileTraining: duringTraining,
      smallCallWhileScanningTheLab: duringScan,
      smallCallIdle: idle,
      targets: { smallCallP95MsUnder: 50 },
      pass: duringTraining.p95Ms < 50 && duringScan.p95Ms < 50 && wholeLabForCode.result.ok,
    };
  } finally {
    ws.close();
  }
}
