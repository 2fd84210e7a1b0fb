import { basename } from 'node:path';
import type { LabComparison } from '../../shared/domain/compare';
import { emptyStatusCounts, TIME_POINTS, type TimePoint } from '../../shared/domain/tracking';
import { crossTable } from '../analysis/cross-table';
import { getLab } from '../lab/lab-profile';
import type { LabStore } from '../store/lab-store';
import { guestCounts, selectAttendance } from '../store/queries/attendance-queries';
import { selectDimensions } from '../store/queries/evidence-queries';
import { selectParticipants } from '../store/queries/people-queries';
import { selectConvenings } from '../store/queries/timeline-queries';
import { countSourcesExcerptsParticipants } from '../store/queries/tracking-queries';
import { summarise } from '../tracking/participation-rates';
import { rubricGrid } from '../tracking/rubric';
import { targetProgress } from '../tracking/targets';

/** Rubric means per time point (the Tracking page's), and each ingredient's score, keyed so labs line up. */
function rubricTrend(store: LabStore): LabComparison['rubric'] {
  const g = rubricGrid(store);
  return {
    means: g.means.map(({ timePoint, mean, scored }) => ({ timePoint, mean, scored })),
    items: g.items.map((item) => {
      const scores = Object.fromEntries(
        TIME_POINTS.map((tp) => [tp, g.scores.find((s) => s.itemId === item.id && s.timePoint === tp)?.score ?? null]),
      ) as Record<TimePoint, number | null>;
      return { key: item.key, label: item.label, group: item.group, scores };
    }),
  };
}

/** The action plan's status counts, over every iteration and per iteration, as targets.progress gives them. */
function targetsMet(store: LabStore): LabComparison['targets'] {
  const blocks = targetProgress(store);
  const byStatus = emptyStatusCounts();
  for (const b of blocks) for (const t of b.targets) byStatus[t.status]++;
  const total = blocks.reduce((n, b) => n + b.targets.length, 0);
  const counted = total - byStatus.dropped! - byStatus['carried over']!;
  return {
    byStatus,
    total,
    metShare: counted > 0 ? byStatus.met! / counted : null,
    iterations: blocks.map((b) => ({ name: b.phase?.name ?? 'No iteration', byStatus: b.byStatus, total: b.targets.length })),
  };
}

/** The evidence overview's cross-table, evidence type by phase, as the lab's own workbook counts it. */
function evidenceByPhase(store: LabStore): LabComparison['evidence'] {
  const dims = selectDimensions(store);
  const type = dims.find((d) => d.key === 'type') ?? dims[0];
  if (!type) return { dimension: null, rows: [], cols: [], cells: [], rowTotals: {}, colTotals: {}, total: 0 };
  return { dimension: type.label, ...crossTable(store, { kind: 'dimension', dimensionId: type.id }, { kind: 'phase' }, {}) };
}

function participation(store: LabStore): LabComparison['participation'] {
  const people = selectParticipants(store);
  const s = summarise(selectConvenings(store), people, selectAttendance(store), guestCounts(store));
  return {
    overall: s.overall,
    sectors: s.sectors,
    convenings: s.convenings.length,
    recorded: s.convenings.filter((c) => c.recorded).length,
    participants: people.filter((p) => p.group === 'lab').length,
  };
}

/** One lab's side of the comparison, from the same queries its own pages use. */
export function compareOneLab(store: LabStore, facts: { path: string; schemaVersion: number; upgradedCopy: boolean }): LabComparison {
  const started = performance.now();
  const lab = getLab(store);
  const result = {
    path: facts.path,
    fileName: basename(facts.path),
    name: lab.name,
    country: lab.country,
    schemaVersion: facts.schemaVersion,
    readFromUpgradedCopy: facts.upgradedCopy,
    counts: countSourcesExcerptsParticipants(store),
    rubric: rubricTrend(store),
    targets: targetsMet(store),
    evidence: evidenceByPhase(store),
    participation: participation(store),
  };
  return { ...result, ms: Math.round(performance.now() - started) };
}
