import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../core/app/workspace';
import { compareLabs } from '../../core/compare/compare-labs';
import { dispatch } from '../../core/dispatch';
import { initialiseLab } from '../../core/lab/lab-profile';
import { silentLogger } from '../../core/log';
import { LabStore } from '../../core/store/lab-store';
import { populate } from './evidence-bench';
import { makeTranscripts } from './make-transcripts';
import { round } from './measure';

/**
 * Cross-lab comparison at scale: one generated lab of `excerpts` excerpts (the evidence bench's generator over
 * generated transcripts), copied `labs` times, compared in one pass. Reports time per lab and the heap and RSS
 * peaks, which should stay flat as labs are added (labs are read one at a time). Copies are whole files, so each
 * is read from its own pages. Run: npx tsx src/cli/bench/compare-bench.ts LABS EXCERPTS [FILES]
 */
export async function compareBench(o: { labs: number; excerpts: number; files: number }, say: (s: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'labwb-compare-bench-'));
  try {
    const base = join(dir, 'lab-0.scalinglab');
    const ws = new Workspace({ mode: 'cli', home: dir, version: 'bench', coderName: 'Bench', logger: silentLogger });
    const store = LabStore.create(base);
    store.useCoder('Bench');
    initialiseLab(store, { name: 'Bench lab', startDate: '2026-01-01', country: '', city: '', localPartner: '', initiatives: [], problem: '', scalingGoal: '', pathways: [], approach: null });
    ws.attach(store);
    mkdirSync(join(dir, 'files'));
    const paths = await makeTranscripts(join(dir, 'files'), o.files, 3000);
    const r = await dispatch(ws, 'sources.import', { paths });
    if (!r.ok) throw new Error(`import failed: ${r.error.message}`);
    populate(store, o.excerpts, say);
    ws.close();
    const labs = [base];
    for (let i = 1; i < o.labs; i++) {
      labs.push(join(dir, `lab-${i}.scalinglab`));
      copyFileSync(base, labs[i]!);
    }
    let peakHeap = 0;
    let peakRss = 0;
    const sample = () => {
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    };
    const timer = setInterval(sample, 20);
    const started = performance.now();
    const result = compareLabs(labs, {}, { progress: () => sample() });
    const ms = performance.now() - started;
    clearInterval(timer);
    sample();
    const per = result.labs.map((l) => l.ms);
    return {
      labs: o.labs,
      excerptsPerLab: result.labs[0]!.counts.excerpts,
      totalSeconds: round(ms / 1000, 2),
      secondsPerLab: round(ms / 1000 / o.labs, 2),
      summariseMsPerLab: { min: Math.min(...per), max: Math.max(...per) },
      peakHeapMB: round(peakHeap / 2 ** 20),
      peakRssMB: round(peakRss / 2 ** 20),
      resultKB: round(JSON.stringify(result).length / 1024),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1]?.endsWith('compare-bench.ts')) {
  const [labs = '5', excerpts = '10000', files = '100'] = process.argv.slice(2);
  const say = (s: string) => process.stderr.write(`bench: ${s}\n`);
  void compareBench({ labs: Number(labs), excerpts: Number(excerpts), files: Number(files) }, say).then((r) => console.log(JSON.stringify(r, null, 2)));
}
