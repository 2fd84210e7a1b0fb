import { guestCounts, selectAttendance } from '../../store/queries/attendance-queries';
import { selectParticipants } from '../../store/queries/people-queries';
import { selectConvenings, selectPhases } from '../../store/queries/timeline-queries';
import { summarise } from '../../tracking/participation-rates';
import { column, percent, table, type LiveContext, type LiveData } from './live-data';

/**
 * Participation per convening: present ÷ lab participants active that day. An iteration report shows the
 * convenings up to the end of its iteration (the trend so far); the final report shows them all.
 */
export function participationData(ctx: LiveContext, phaseId: string | null): LiveData {
  const { store } = ctx;
  const scope = phaseId ?? (ctx.reportKind === 'iteration' ? ctx.reportPhaseId : null);
  const until = scope ? selectPhases(store).find((p) => p.id === scope)?.endDate : undefined;
  const convenings = selectConvenings(store).filter((c) => !until || c.date <= until);
  const s = summarise(convenings, selectParticipants(store), selectAttendance(store), guestCounts(store));
  const rows = s.convenings.map((c) => [
    ctx.privacy.text(c.name),
    c.date,
    c.recorded ? c.present : null,
    c.active,
    c.recorded ? percent(c.rate) : 'not taken',
    c.recorded ? c.guests : null,
  ]);
  const recorded = s.convenings.filter((c) => c.recorded);
  return {
    title: 'Participation in the lab’s convenings',
    table: table(
      [column('Convening'), column('Date'), column('Present', true), column('Active participants', true), column('Rate', true), column('Guests', true)],
      rows,
      recorded.length ? ['All convenings', '', s.overall.present, s.overall.active, percent(s.overall.rate), null] : null,
      'Rate: lab participants present ÷ lab participants active on the day (joined and not yet left). Guests are not counted in the rate.',
    ),
    chart: {
      categories: recorded.map((c) => ctx.privacy.text(c.name)),
      series: [{ name: 'Participation rate', values: recorded.map((c) => Math.round((c.rate ?? 0) * 100)) }],
      unit: '%',
      max: 100,
    },
  };
}
