import type { ConveningKind, PhaseKind } from '../../shared/domain/timeline';

export interface PlannedPhase {
  kind: PhaseKind;
  name: string;
  startDate: string;
  endDate: string;
  position: number;
}

export interface PlannedConvening {
  kind: ConveningKind;
  name: string;
  date: string;
  /** Index into the planned phases: the phase the convening closes. */
  phaseIndex: number;
}

const MONTHS_PER_PHASE = 6;
const ITERATIONS = 4;

function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  // Clamp the day so 31 August + 6 months is 28/29 February, not 3 March.
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

function dayBefore(isoDate: string): string {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/**
 * The generic Real-time Scaling Lab design: six months of research and planning, four six-month
 * iterations, a six-month final phase (report and tools). The initial convening closes research and
 * planning, a reflection convening closes each iteration and the final convening closes the lab.
 */
export function genericTimeline(startDate: string): { phases: PlannedPhase[]; convenings: PlannedConvening[] } {
  const names: [PhaseKind, string][] = [
    ['research', 'Research & planning'],
    ...Array.from({ length: ITERATIONS }, (_, i): [PhaseKind, string] => ['iteration', `Iteration ${i + 1}`]),
    ['final', 'Final phase'],
  ];
  const phases = names.map(([kind, name], i): PlannedPhase => {
    const start = addMonths(startDate, i * MONTHS_PER_PHASE);
    return { kind, name, startDate: start, endDate: dayBefore(addMonths(startDate, (i + 1) * MONTHS_PER_PHASE)), position: i };
  });
  const convenings: PlannedConvening[] = [
    { kind: 'initial', name: 'Initial convening', date: phases[0]!.endDate, phaseIndex: 0 },
    ...Array.from({ length: ITERATIONS }, (_, i): PlannedConvening => ({
      kind: 'reflection',
      name: `Reflection convening ${i + 1}`,
      date: phases[i + 1]!.endDate,
      phaseIndex: i + 1,
    })),
    { kind: 'final', name: 'Final convening', date: phases[ITERATIONS + 1]!.endDate, phaseIndex: ITERATIONS + 1 },
  ];
  return { phases, convenings };
}
