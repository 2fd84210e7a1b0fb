import type { Convening, Phase } from '../../shared/domain/timeline';
import { parseIsoDay } from '../format/dates';

const DAY = 86_400_000;

export interface TimeScale {
  start: number;
  end: number;
  /** Position of a day along the axis, in percent. */
  at(iso: string): number;
  ticks: number[];
}

/** The span the chart covers, padded a little so markers at the ends stay visible, with month ticks. */
export function timeScale(phases: Phase[], convenings: Convening[]): TimeScale | null {
  const days = [
    ...phases.flatMap((p) => [parseIsoDay(p.startDate), parseIsoDay(p.endDate) + DAY]),
    ...convenings.map((c) => parseIsoDay(c.date)),
  ].filter((t) => !Number.isNaN(t));
  if (days.length === 0) return null;
  const min = Math.min(...days);
  const max = Math.max(...days);
  const pad = Math.max((max - min) * 0.015, 7 * DAY);
  const start = min - pad;
  const end = max + pad;
  const span = end - start;

  const years = span / (365 * DAY);
  const step = years > 5 ? 12 : years > 1.5 ? 6 : years > 0.5 ? 3 : 1;
  const ticks: number[] = [];
  const first = new Date(start);
  for (
    let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 1));
    d.getTime() <= end;
    d.setUTCMonth(d.getUTCMonth() + 1)
  ) {
    if (d.getUTCMonth() % step === 0) ticks.push(d.getTime());
  }
  return { start, end, at: (iso) => ((parseIsoDay(iso) - start) / span) * 100, ticks };
}

export function percentOf(scale: TimeScale, t: number): number {
  return ((t - scale.start) / (scale.end - scale.start)) * 100;
}

export function endOfDay(iso: string): string {
  return new Date(parseIsoDay(iso) + DAY).toISOString().slice(0, 10);
}
