import type { Dashboard } from '../../shared/domain/tracking';
import { emptyStatusCounts } from '../../shared/domain/tracking';
import type { LabStore } from '../store/lab-store';
import { guestCounts, selectAttendanceOf } from '../store/queries/attendance-queries';
import { selectTargetRows } from '../store/queries/action-plan-queries';
import { selectParticipants } from '../store/queries/people-queries';
import { selectScores } from '../store/queries/rubric-queries';
import { selectConvenings, selectPhases } from '../store/queries/timeline-queries';
import { countSourcesExcerptsParticipants } from '../store/queries/tracking-queries';
import { activeOn, conveningRate } from './participation-rates';

/** Today on this computer's calendar, which is the documenter's. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

function rubricSummary(store: LabStore): Dashboard['rubric'] {
  const scores = selectScores(store).filter((s) => s.score !== null);
  const at = (t: string) => new Map(scores.filter((s) => s.timePoint === t).map((s) => [s.itemId, s.score!]));
  const latest = (['endline', 'midline', 'baseline'] as const).find((t) => at(t).size > 0) ?? null;
  const mean = (m: Map<string, number>) => (m.size ? [...m.values()].reduce((a, b) => a + b, 0) / m.size : null);
  const base = at('baseline');
  const last = latest ? at(latest) : new Map<string, number>();
  // Compare like with like: the ingredients scored at both time points.
  const both = [...last.keys()].filter((k) => base.has(k));
  const change = latest && latest !== 'baseline' && both.length ? both.reduce((s, k) => s + last.get(k)! - base.get(k)!, 0) / both.length : null;
  return { latest, latestMean: mean(last), baselineMean: mean(base), change, compared: latest === 'baseline' ? 0 : both.length };
}

export function dashboard(store: LabStore, today: string = localToday()): Dashboard {
  const phases = selectPhases(store);
  const convenings = selectConvenings(store);
  const people = selectParticipants(store);
  const current = phases.filter((p) => p.startDate <= today && p.endDate >= today).at(-1) ?? null;
  const next = convenings.find((c) => c.date >= today) ?? null;
  const iteration = phases.filter((p) => p.kind === 'iteration' && p.startDate <= today).at(-1) ?? null;
  let plan: Dashboard['iteration'] = null;
  if (iteration) {
    const byStatus = emptyStatusCounts();
    const targets = selectTargetRows(store, iteration.id);
    for (const t of targets) byStatus[t.status]++;
    plan = { phaseId: iteration.id, name: iteration.name, byStatus, total: targets.length };
  }
  const last = convenings.filter((c) => c.date <= today).at(-1) ?? null;
  let lastConvening: Dashboard['lastConvening'] = null;
  if (last) {
    const statuses = new Map(selectAttendanceOf(store, last.id).map((a) => [a.participant_id, a.status]));
    lastConvening = conveningRate(last, people, statuses, guestCounts(store).get(last.id) ?? 0);
  }
  return {
    today,
    currentPhase: current
      ? { id: current.id, name: current.name, kind: current.kind, startDate: current.startDate, endDate: current.endDate, daysLeft: daysBetween(today, current.endDate) }
      : null,
    nextConvening: next ? { id: next.id, name: next.name, date: next.date, daysTo: daysBetween(today, next.date) } : null,
    counts: { ...countSourcesExcerptsParticipants(store), activeParticipants: people.filter((p) => activeOn(p, today)).length },
    iteration: plan,
    rubric: rubricSummary(store),
    lastConvening,
  };
}
