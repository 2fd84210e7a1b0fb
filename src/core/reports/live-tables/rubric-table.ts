import type { TableCell } from '../../../shared/domain/report';
import { rubricGrid } from '../../tracking/rubric';
import { column, round2, table, type LiveContext, type LiveData } from './live-data';

const LABEL = { baseline: 'Baseline', midline: 'Midline', endline: 'Endline' } as const;

/** The core ingredients at each time point, the change from baseline to the latest score, and the means. */
export function rubricData(ctx: LiveContext): LiveData {
  const g = rubricGrid(ctx.store);
  const score = (itemId: string, tp: string) => g.scores.find((s) => s.itemId === itemId && s.timePoint === tp);
  const cell = (itemId: string, tp: string): TableCell => {
    const s = score(itemId, tp);
    return !s ? null : s.notApplicable ? 'n/a' : s.score;
  };
  const rows = g.items.map((item) => {
    const scores = g.timePoints.map((tp) => score(item.id, tp)?.score ?? null);
    const base = scores[0] ?? null;
    const latest = [...scores].reverse().find((x) => x !== null) ?? null;
    const change = base !== null && latest !== null && scores.lastIndexOf(latest) > 0 ? latest - base : null;
    return [item.label, item.group, ...g.timePoints.map((tp) => cell(item.id, tp)), change === null ? null : change > 0 ? `+${change}` : String(change)];
  });
  const scale = g.scale.map((l) => `${l.value} ${l.label}`).join(', ');
  const scored = g.timePoints.filter((tp) => g.scores.some((s) => s.timePoint === tp && s.score !== null));
  return {
    title: 'The scaling rubric at baseline, midline and endline',
    table: table(
      [column('Core ingredient'), column('Group'), ...g.timePoints.map((tp) => column(LABEL[tp], true)), column('Change', true)],
      rows,
      ['Mean', '', ...g.means.map((m) => round2(m.mean)), null],
      `Scale: ${scale}. Change: the latest score minus the baseline.`,
    ),
    chart: {
      categories: g.items.map((i) => i.label),
      series: scored.map((tp) => ({ name: LABEL[tp], values: g.items.map((i) => score(i.id, tp)?.score ?? 0) })),
      unit: 'score',
      max: Math.max(...g.scale.map((l) => l.value)),
    },
  };
}
