import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { analysisSnapshot, listOf, readyAnalysisSnapshot, type AnalysisSnapshot } from '../../src/core/analysis/analysis-snapshot';
import { buildAnalysisSnapshot } from '../../src/core/analysis/snapshot-build';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import type { LabStore } from '../../src/core/store/lab-store';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import type { JobPlace } from '../../src/core/jobs/run-job-task';
import type { OpInput, OpName, OpResult } from '../../src/shared/contract';
import type { AppEvent } from '../../src/shared/domain/app';
import { addSource, docFrom } from '../helpers/sources';
import { appWithLab, tempDir, type TestApp } from '../helpers/temp';
import { reportLab, writtenReport } from '../unit/reports/report-lab';

/** A second front door on the same lab file whose exports and snapshot rebuilds run in the job worker. */
async function workerApp(labPath: string) {
  const ws = new Workspace({ mode: 'cli', home: tempDir('labwb-jobs-'), version: 'test', coderName: 'Worker Tester', jobWorker: jobWorkerSpec() });
  onTestFinished(() => ws.close());
  const events: AppEvent[] = [];
  ws.subscribe((e) => events.push(e));
  const call = async <N extends OpName>(name: N, input: OpInput<N>): Promise<OpResult<N>> => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result as OpResult<N>;
  };
  await call('labs.open', { path: labPath });
  return { ws, call, events, place: { worker: jobWorkerSpec(), storeOptions: {} } satisfies JobPlace };
}

/** `n` coded excerpts over the turns of one interview (every third one tagged), written as one bookkeeping change. */
async function largeLab(n: number): Promise<TestApp & { path: string; codeIds: string[] }> {
  const app = await appWithLab('Large lab');
  const sourceId = addSource(
    app,
    'long-interview.txt',
    docFrom(Array.from({ length: 200 }, (_, t): [string, string] => [t % 2 ? 'Amina' : 'Interviewer', `Turn ${t} `.padEnd(400, 'and the county coaches teachers ')])),
  );
  const codeIds: string[] = [];
  for (const name of ['Finance', 'Delivery', 'Policy']) codeIds.push((await app.call('codes.create', { code: { name } })).id);
  const type = (await app.call('evidence.dimensions', {})).find((d) => d.key === 'type')!;
  const { text, blocks } = await app.call('sources.get', { id: sourceId });
  app.ws.store.write(
    'Test excerpts',
    (w) => {
      for (let i = 0; i < n; i++) {
        const block = i % blocks.length;
        const start = blocks[block]!.start + (i % 300);
        const e = w.insert('excerpt', { source_id: sourceId, start, end: start + 40, text: text.slice(start, start + 40), speaker: blocks[block]!.speaker ?? null, block, context_before: '', context_after: '' });
        w.insert('excerpt_code', { excerpt_id: String(e.id), code_id: codeIds[i % 3]! });
        if (i % 3 === 0) w.insert('excerpt_evidence', { excerpt_id: String(e.id), value_id: type.values[i % type.values.length]!.id });
      }
    },
    { kind: 'bookkeeping' },
  );
  return { ...app, codeIds };
}

/** An excerpt coded with `codeId` only. */
function codedWith(store: LabStore, codeId: string): string {
  return store.db.prepare(`SELECT excerpt_id FROM excerpt_code WHERE code_id = ? LIMIT 1`).pluck().get(codeId) as string;
}

/** The snapshot's contents, typed arrays as plain arrays, without the version label. */
function contents(s: AnalysisSnapshot) {
  const plain = (v: unknown): unknown => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v);
  return plain({ ...s, version: '' });
}

describe('exports in the job worker', () => {
  it('write the workbook and the Word file as inline, pseudonymised, with progress from the worker', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const report = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const w = await workerApp(app.ws.store.path);
    const dir = tempDir();

    const xlsx = await w.call('export.xlsx', { jobId: 'wb', path: join(dir, 'lab.xlsx') });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx.path);
    const rows: unknown[][] = [];
    wb.getWorksheet('Excerpts')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toHaveLength(3);
    expect(JSON.stringify(rows)).toContain('We moved the coaches onto the county payroll in March');
    expect(JSON.stringify(wb.worksheets.map((s) => s.getSheetValues()))).not.toMatch(/Amina|Wanjiru|José|Muñoz/);
    const labels = w.events.flatMap((e) => (e.type === 'job' && e.jobId === 'wb' && e.state === 'running' ? [e.label] : []));
    expect(labels).toEqual(expect.arrayContaining(['Workbook: About', 'Workbook: Excerpts', 'Workbook written']));

    const docx = await w.call('export.docx', { reportId: report.id, path: join(dir, 'report.docx') });
    expect(docx).toMatchObject({ fileName: 'report.docx', realNames: false, warnings: [] });
    const document = await (await JSZip.loadAsync(readFileSync(docx.path))).file('word/document.xml')!.async('string');
    expect(document).toContain('We moved the coaches onto the county payroll in March');
    expect(document).not.toMatch(/Amina|Wanjiru|José|Muñoz/);
    expect(readdirSync(dir).sort()).toEqual(['lab.xlsx', 'report.docx']);
  });

  it('bring an error of the worker back with its code, and leave no file', async () => {
    const { app } = await reportLab();
    const w = await workerApp(app.ws.store.path);
    // The open connections keep working on the moved file; the worker, opening the lab by its path, cannot.
    renameSync(app.ws.store.path, `${app.ws.store.path}.moved`);
    const dir = tempDir();
    await expect(w.call('export.xlsx', { path: join(dir, 'lab.xlsx') })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('test.scalinglab') });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('stop when cancelled mid-way, leaving no file behind', async () => {
    const lab = await largeLab(6000);
    const w = await workerApp(lab.path);
    const dir = tempDir();
    const running = w.call('export.xlsx', { jobId: 'big', path: join(dir, 'lab.xlsx') });
    const started = new Promise<void>((resolve) => w.ws.subscribe((e) => e.type === 'job' && e.label === 'Workbook: Excerpts' && resolve()));
    await started;
    await w.call('jobs.cancel', { jobId: 'big' });
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(dir)).toEqual([]);
    expect(w.events.filter((e) => e.type === 'job').at(-1)).toMatchObject({ state: 'cancelled' });
  });
});

describe('the analysis snapshot rebuilt in the job worker', () => {
  it('equals the one built inline, typed arrays and all', async () => {
    const lab = await largeLab(6000);
    const w = await workerApp(lab.path);
    const store = w.ws.store;
    // Built elsewhere: this thread's timers keep firing meanwhile (built here, not one would fire before it is done).
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const built = await readyAnalysisSnapshot(store, w.place).finally(() => clearInterval(timer));
    expect(ticks).toBeGreaterThan(5);
    expect(built.version).toBe(store.version);
    expect(built.excerptIds).toHaveLength(6000);
    expect(contents(built)).toEqual(contents(buildAnalysisSnapshot(store, store.version)));
    // Cached: the synchronous accessor the analyses use finds it rather than building again.
    expect(analysisSnapshot(store)).toBe(built);
  });

  it('is built once for calls that arrive during a rebuild', async () => {
    const lab = await largeLab(6000);
    const w = await workerApp(lab.path);
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => readyAnalysisSnapshot(w.ws.store, w.place)));
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('is rebuilt, not taken, when the lab changes during the rebuild', async () => {
    const lab = await largeLab(6000);
    const w = await workerApp(lab.path);
    const store = w.ws.store;
    const pending = readyAnalysisSnapshot(store, w.place);
    // While the worker starts: an excerpt gets a second code.
    const excerptId = codedWith(store, lab.codeIds[0]!);
    await w.call('excerpts.addCodes', { excerptId, codeIds: [lab.codeIds[1]!] });
    const built = await pending;
    expect(built.version).toBe(store.version);
    expect(contents(built)).toEqual(contents(buildAnalysisSnapshot(store, store.version)));
    const i = built.excerptIds.indexOf(excerptId);
    expect(listOf(built.codes, i)).toHaveLength(2);
  });

  it('gives the analyses the same tables as a snapshot built inline', async () => {
    const lab = await largeLab(6000);
    const w = await workerApp(lab.path);
    const type = (await lab.call('evidence.dimensions', {})).find((d) => d.key === 'type')!;
    const input = { rows: { kind: 'code' as const }, cols: { kind: 'dimension' as const, dimensionId: type.id } };
    const inWorker = await w.call('analysis.crossTable', input);
    expect(inWorker).toEqual(await lab.call('analysis.crossTable', input));
    expect(inWorker.cells.reduce((n, c) => n + c.count, 0)).toBeGreaterThan(0);
  });
});

it('the job worker is found beside its spec', () => {
  const spec = jobWorkerSpec();
  expect(existsSync(new URL(spec.script))).toBe(true);
});
