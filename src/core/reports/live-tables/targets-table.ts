import type { TableCell } from '../../../shared/domain/report';
import { selectParticipants } from '../../store/queries/people-queries';
import { selectPhases } from '../../store/queries/timeline-queries';
import { listTargets } from '../../tracking/targets';
import { column, percent, table, type LiveContext, type LiveData } from './live-data';

const num = (x: number | null, unit = '') => (x === null ? '–' : `${x.toLocaleString('en-GB', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`);

/**
 * The scaling action plan's targets with their quick measures: one row per measure (a target without measures
 * has one row). An iteration report shows its own iteration; the final report every iteration.
 */
export function targetsData(ctx: LiveContext, phaseId: string | null): LiveData {
  const { store, privacy } = ctx;
  const scope = phaseId ?? (ctx.reportKind === 'iteration' ? ctx.reportPhaseId : null);
  const targets = listTargets(store, scope ?? undefined);
  const people = new Map(selectParticipants(store).map((p) => [p.id, p]));
  const phaseName = new Map(selectPhases(store).map((p) => [p.id, p.name]));
  const rows: TableCell[][] = [];
  for (const t of targets) {
    const person = t.ownerParticipantId ? people.get(t.ownerParticipantId) : undefined;
    const owner = [person ? privacy.person(person) : '', privacy.text(t.ownerOrganisation)].filter(Boolean).join(', ');
    const text = `${t.kind === 'idea' ? 'Idea: ' : ''}${privacy.text(t.text)}`;
    const lead = [...(scope ? [] : [t.phaseId ? (phaseName.get(t.phaseId) ?? '') : 'Not planned']), text, owner, t.status];
    if (t.measures.length === 0) rows.push([...lead, '', '', '', '']);
    t.measures.forEach((m, i) => {
      const latest = m.latest ? `${num(m.latest.value, m.unit)} (${m.latest.date})` : 'no data yet';
      rows.push([...(i === 0 ? lead : lead.map(() => '')), privacy.text(m.name), latest, num(m.targetValue, m.unit), percent(m.progress)]);
    });
  }
  const measures = targets.flatMap((t) => t.measures).filter((m) => m.progress !== null);
  const values = measures.map((m) => Math.round(m.progress! * 100));
  return {
    title: 'Targets and quick measures',
    table: table(
      [...(scope ? [] : [column('Iteration')]), column('Target'), column('Owner'), column('Status'), column('Measure'), column('Latest', true), column('Target value', true), column('Progress', true)],
      rows,
      null,
      'Progress: (latest − baseline) ÷ (target − baseline).',
    ),
    chart: {
      categories: measures.map((m) => privacy.text(m.name)),
      series: [{ name: 'Progress towards target', values }],
      unit: '%',
      max: Math.max(100, ...values),
    },
  };
}
