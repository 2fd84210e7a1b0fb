import { join } from 'node:path';
import { cooccurrence } from '../../core/analysis/cooccurrence';
import { crossTable } from '../../core/analysis/cross-table';
import { importCodebook } from '../../core/coding/codebook';
import { queryExcerpts } from '../../core/coding/retrieval';
import { createParticipant } from '../../core/lab/participants';
import { LabStore } from '../../core/store/lab-store';
import { selectCodesWithCounts } from '../../core/store/queries/code-queries';
import { selectDimensions } from '../../core/store/queries/evidence-queries';
import { selectSourceSummaries, selectSourceText, selectSpeakers } from '../../core/store/queries/source-queries';
import { selectPhases } from '../../core/store/queries/timeline-queries';
import type { Axis } from '../../shared/domain/evidence';
import { SECTORS } from '../../shared/domain/participant';
import { percentile, round, timed } from './measure';
import { rawReadFloorMs, withFloor } from './raw-read-floor';
import { seededRandom } from './zipf-text';

const CODEBOOK = ['Design', 'Delivery', 'Finance', 'Enabling environment', 'Scaling process'].map((group, g) => ({
  name: group,
  children: Array.from({ length: 5 }, (_, i) => ({ name: `${group} ${i + 1}`, colour: ['#2f6fb0', '#2e8b57', '#c8841a', '#7b55b0', '#b8475e'][g] })),
}));

/**
 * Grows the bench lab to `excerpts` coded and tagged excerpts (speakers mapped to participants, sources in
 * phases, default tags, a third of excerpts tagged themselves) — written straight through the store in one
 * transaction per hundred sources, as a lab built over three years would be.
 */
export function populate(store: LabStore, excerpts: number, say: (s: string) => void): void {
  const random = seededRandom(11);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  importCodebook(store, CODEBOOK, null, 'Bench codebook');
  const leaves = selectCodesWithCounts(store).filter((c) => c.parentId);
  const dims = selectDimensions(store);
  const phases = selectPhases(store);
  const sources = selectSourceSummaries(store);
  const labels = [...new Set(selectSpeakers(store).map((s) => s.label))].filter((l) => l !== 'Interviewer');
  const people = new Map(labels.map((label, i) => [label, createParticipant(store, { displayName: label, sector: SECTORS[i % 6]!, level: i % 2 ? 'implementation' : 'high-level', group: 'lab', consent: 'given', role: ['Director', 'Officer', 'Teacher', 'Coach'][i % 4]!, organisation: `Org ${i % 5}`, email: '', joinedOn: null, leftOn: null, attributes: { county: ['Kisumu', 'Nakuru', 'Mombasa'][i % 3]! } }).id]));
  const perSource = Math.ceil(excerpts / sources.length);
  for (let from = 0; from < sources.length; from += 100) {
    store.write('Bench excerpts', (w) => {
      for (const s of sources.slice(from, from + 100)) {
        w.update('source', s.id, { phase_id: phases[1 + (sources.indexOf(s) % 4)]!.id ?? null });
        w.insert('source_evidence', { source_id: s.id, value_id: pick(dims[0]!.values).id });
        for (const sp of selectSpeakers(store, s.id)) {
          const participant = people.get(sp.label);
          if (participant) w.update('source_speaker', sp.id, { participant_id: participant });
        }
        const { text, blocks } = selectSourceText(store, s.id)!;
        const turns = blocks.filter((b) => b.kind === 'turn');
        for (let k = 0; k < perSource; k++) {
          const b = turns[Math.floor(random() * turns.length)]!;
          const start = b.start + Math.floor(random() * Math.max(1, b.end - b.start - 200));
          const end = Math.min(b.end, start + 40 + Math.floor(random() * 300));
          const e = w.insert('excerpt', { source_id: s.id, start, end, text: text.slice(start, end), speaker: b.speaker ?? null, block: blocks.indexOf(b), context_before: '', context_after: '' });
          const first = pick(leaves);
          const excerptId = String(e.id);
          w.insert('excerpt_code', { excerpt_id: excerptId, code_id: first.id });
          const second = pick(leaves);
          if (random() < 0.4 && second.id !== first.id) w.insert('excerpt_code', { excerpt_id: excerptId, code_id: second.id });
          if (random() < 0.33) for (const d of dims) w.insert('excerpt_evidence', { excerpt_id: excerptId, value_id: pick(d.values).id });
        }
      }
    }, { kind: 'bookkeeping' });
    say(`excerpts: ${Math.min(excerpts, (from + 100) * perSource)} / ${excerpts}`);
  }
}

async function median(fn: () => unknown, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(async () => fn())).ms);
  return round(percentile(times, 50));
}

/** The evidence overview tables, the QDA matrices and a three-filter excerpt list on a lab of 100,000 excerpts. */
export async function evidenceBench(o: { workDir: string; excerpts: number }, say: (s: string) => void) {
  const store = LabStore.open(join(o.workDir, 'bench.scalinglab'));
  store.useCoder('Bench');
  populate(store, o.excerpts, say);
  const dims = selectDimensions(store);
  const dim = (key: string): Axis => ({ kind: 'dimension', dimensionId: dims.find((d) => d.key === key)!.id });
  const tables: [string, Axis, Axis][] = [
    ['type × phase', dim('type'), { kind: 'phase' }],
    ['type × top-level code', dim('type'), { kind: 'topCode' }],
    ['use × level', dim('use'), dim('level')],
    ['area × phase', dim('area'), { kind: 'phase' }],
    ['sector × type', { kind: 'sector' }, dim('type')],
    ['code × participant', { kind: 'code' }, { kind: 'participant' }],
    ['code × sector', { kind: 'code' }, { kind: 'sector' }],
    ['code × attribute (county)', { kind: 'code' }, { kind: 'attribute', name: 'county' }],
    ['code × phase', { kind: 'code' }, { kind: 'phase' }],
  ];
  say('overview tables and matrices');
  const results: Record<string, number> = {};
  for (const [name, rows, cols] of tables) results[name] = await median(() => crossTable(store, rows, cols, {}));
  results['code × code co-occurrence (overlap)'] = await median(() => cooccurrence(store, undefined, 'overlap'));
  results['code × code co-occurrence (same turn)'] = await median(() => cooccurrence(store, undefined, 'turn'));
  const leaf = selectCodesWithCounts(store).find((c) => c.name === 'Finance')!;
  const filter = { codeIds: [leaf.id], evidence: [dims[0]!.values[0]!.id], sectors: ['government' as const] };
  say('excerpt list with three filters');
  let listed = { total: 0, excerpts: [] as { excerptId: string }[] };
  const listMs = await median(() => (listed = queryExcerpts(store, filter, 5000)));
  const listFloorMs = await rawReadFloorMs(store, listed.excerpts.map((e) => e.excerptId));
  const total = (store.db.prepare('SELECT count(*) AS n FROM excerpt').get() as { n: number }).n;
  store.close();
  const slowest = Math.max(...Object.values(results));
  return {
    excerpts: total,
    tablesMs: results,
    slowestTableMs: slowest,
    filteredList: {
      filters: 'code (with children) + evidence type + speaker sector',
      matched: listed.total,
      shown: listed.excerpts.length,
      ...withFloor(listMs, listFloorMs),
    },
    targets: { tableMsUnder: 200, listMsUnder: 100 },
    pass: slowest < 200 && listMs < 100,
  };
}
