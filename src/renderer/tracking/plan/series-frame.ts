import type { MeasureSeries, PhaseRef } from '../../../shared/domain/action-plan';
import { parseIsoDay } from '../../format/dates';

const DAY = 86_400_000;

export interface SeriesFrame {
  points: { t: number; value: number; date: string; note: string }[];
  /** The phases the chart shows as bands, with their span in ms. */
  bands: (PhaseRef & { from: number; to: number })[];
  /** Each iteration's target and baseline over its own span (or the whole chart when it has no phase). */
  targets: { from: number; to: number; value: number }[];
  baselines: { from: number; to: number; value: number }[];
  x: [number, number];
  y: [number, number];
  yTicks: number[];
}

/** A tick step of 1, 2 or 5 times a power of ten that cuts `span` into about four parts. */
function niceStep(span: number): number {
  const raw = span / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const m = raw / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * power;
}

/** Round the value axis outwards to round ticks a reader can take in: 0, 20, 40, 60, not 0–64.8. */
function niceAxis(lo: number, hi: number): { y: [number, number]; ticks: number[] } {
  const top = hi > lo ? hi : lo + 1;
  const step = niceStep(top - lo);
  const from = Math.floor(lo / step) * step;
  const to = Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let t = from; t <= to + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  return { y: [from, to], ticks };
}

/**
 * Where everything sits on the measure's chart: the points, the iterations it lived in as bands, and each
 * iteration's baseline and target. The time axis spans those iterations and every point.
 */
export function seriesFrame(series: MeasureSeries): SeriesFrame {
  const points = [...series.points]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => ({ t: parseIsoDay(p.date), value: p.value, date: p.date, note: p.note }));
  const phaseById = new Map(series.phases.map((p) => [p.id, p]));
  const span = (p: PhaseRef) => ({ from: parseIsoDay(p.startDate), to: parseIsoDay(p.endDate) + DAY });
  const lived = series.chain.flatMap((c) => (c.phaseId && phaseById.has(c.phaseId) ? [phaseById.get(c.phaseId)!] : []));
  const times = [...points.map((p) => p.t), ...lived.flatMap((p) => [span(p).from, span(p).to])];
  let x: [number, number];
  if (times.length === 0) x = [Date.now() - 90 * DAY, Date.now() + 90 * DAY];
  else {
    const lo = Math.min(...times);
    const hi = Math.max(...times);
    const pad = lived.length ? 0 : Math.max((hi - lo) * 0.05, 15 * DAY);
    x = [lo - pad, hi + pad];
  }
  const bands = series.phases
    .map((p) => ({ ...p, ...span(p) }))
    .filter((b) => b.to > x[0] && b.from < x[1])
    .map((b) => ({ ...b, from: Math.max(b.from, x[0]), to: Math.min(b.to, x[1]) }));
  const over = (phaseId: string | null) => {
    const p = phaseId ? phaseById.get(phaseId) : undefined;
    return p ? span(p) : { from: x[0], to: x[1] };
  };
  const targets = series.chain.flatMap((c) => (c.targetValue === null ? [] : [{ ...over(c.phaseId), value: c.targetValue }]));
  const baselines = series.chain.flatMap((c) => (c.baseline === null ? [] : [{ ...over(c.phaseId), value: c.baseline }]));
  const values = [...points.map((p) => p.value), ...targets.map((t) => t.value), ...baselines.map((b) => b.value)];
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 1;
  // Counts start at zero; a measure that can go negative gets room on both sides.
  const axis = niceAxis(Math.min(0, lo), hi + Math.abs(hi - Math.min(0, lo)) * 0.04);
  return { points, bands, targets, baselines, x, y: axis.y, yTicks: axis.ticks };
}
