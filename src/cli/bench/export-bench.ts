import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Workspace } from '../../core/app/workspace';
import { queryExcerpts } from '../../core/coding/retrieval';
import { dispatch } from '../../core/dispatch';
import type { Block, ParsedDocument } from '../../core/ingest/parsed-document';
import { initialiseLab } from '../../core/lab/lab-profile';
import { silentLogger } from '../../core/log';
import { saveSource } from '../../core/sources/save-source';
import { LabStore } from '../../core/store/lab-store';
import type { PmNode } from '../../shared/domain/report';
import { populate } from './evidence-bench';
import { round } from './measure';
import { seededRandom } from './zipf-text';

const SPEAKERS = ['Amina Wanjiru', 'Joseph Otieno', 'Grace Mwangi', 'Peter Kamau', 'Fatuma Hassan', 'David Kiprono', 'Mary Achieng', 'John Mutua'];
const WORDS =
  'the county coaches teachers reading lesson schools budget pupils learning data officers head time books programme support training policy plan scale ministry feedback classroom sub-county observation assessment parents community cost funding government partners'.split(
    ' ',
  );

/** Interview transcripts with speaker turns, written straight into the store: a lab to grow to `excerpts` excerpts. */
function generateLab(path: string, sources: number): LabStore {
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

/**
 * Export performance (issue: reports and exports): a report of 1,000 quotes and 5 tables to Word (target under
 * 5 s), and the workbook of a lab of `excerpts` excerpts (target under 20 s, the process under 1 GB). Uses the
 * lab at `labPath` when it exists (the evidence bench's), or grows one of its own.
 */
export async function exportBench(o: { workDir: string; excerpts: number; labPath?: string }, say: (s: string) => void) {
  const path = o.labPath && existsSync(o.labPath) ? o.labPath : join(o.workDir, 'export-bench.scalinglab');
  if (!existsSync(path)) {
    say(`export bench: generating a lab of ${o.excerpts} excerpts`);
    const store = generateLab(path, Math.max(10, Math.ceil(o.excerpts / 500)));
    populate(store, o.excerpts, say);
    store.close();
  }
  const ws = new Workspace({ mode: 'cli', home: o.workDir, version: 'bench', coderName: 'Bench', logger: silentLogger });
  const call = async (name: string, input: unknown) => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
    return r.result as never;
  };
  try {
    await call('labs.open', { path });
    const store = ws.store;
    const excerpts = queryExcerpts(store, {}, 1000).excerpts;
    const phases = (await call('timeline.get', {}) as { phases: { id: string; kind: string }[] }).phases;
    const report = (await call('reports.create', { kind: 'iteration', phaseId: phases.find((p) => p.kind === 'iteration')!.id })) as { id: string };
    const quotes: PmNode[] = await Promise.all(excerpts.map((e) => call('reports.quoteNode', { excerptId: e.excerptId })));
    const tables = ['participation', 'targets', 'rubric', 'evidenceTypePhase', 'codeFrequencies'].map((kind) => ({ type: 'liveTable', attrs: { kind } }));
    const body: PmNode[] = [];
    quotes.forEach((q, i) => {
      if (i % 200 === 0) body.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: `Part ${i / 200 + 1}` }] }, tables[i / 200]!);
      body.push({ type: 'paragraph', content: [{ type: 'text', text: 'As one participant put it:' }] }, q);
    });
    await call('reports.update', { id: report.id, patch: { body: { type: 'doc', content: body } } });

    say('export bench: report of 1,000 quotes and 5 tables to Word');
    const docx = (await call('export.docx', { reportId: report.id, path: join(o.workDir, 'bench-report.docx') })) as { ms: number; bytes: number };

    say(`export bench: workbook of ${store.db.prepare('SELECT count(*) AS n FROM excerpt').pluck().get() as number} excerpts`);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const xlsx = (await call('export.xlsx', { path: join(o.workDir, 'bench-lab.xlsx') })) as { bytes: number };
    const xlsxMs = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const total = store.db.prepare('SELECT count(*) AS n FROM excerpt').pluck().get() as number;
    const mb = (b: number) => Math.round(b / 1024 / 1024);
    return {
      report: { quotes: quotes.length, tables: tables.length, ms: docx.ms, megabytes: round(docx.bytes / 1024 / 1024, 2), target: { msUnder: 5000 }, pass: docx.ms < 5000 },
      workbook: {
        excerpts: total,
        seconds: round(xlsxMs / 1000, 2),
        megabytes: round(xlsx.bytes / 1024 / 1024, 1),
        rssBeforeMb: mb(rssBefore),
        rssPeakMb: mb(peak),
        target: { secondsUnder: 20, rssMbUnder: 1024 },
        pass: xlsxMs < 20000 && peak < 1024 * 1024 * 1024,
      },
    };
  } finally {
    ws.close();
  }
}
