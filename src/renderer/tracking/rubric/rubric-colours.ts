import type { RubricLevel } from '../../../shared/domain/rubric';

// A single-hue ramp (the brand teal): higher levels read darker, without a red that says "failing".
// The two darkest carry white text at 5:1 or more; the lighter ones near-black text (WCAG AA 4.5:1).
const RAMP = ['#e9f5f7', '#c5e3ea', '#8fc6d3', '#529fb1', '#19778c', '#0b6a7e'];

/** Background and text colour of a score, by where its level sits on the scale. */
export function scoreColours(score: number, scale: RubricLevel[]): { bg: string; fg: string } {
  const values = scale.map((l) => l.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const at = hi === lo ? 1 : (score - lo) / (hi - lo);
  const i = Math.round(at * (RAMP.length - 2)) + 1;
  const bg = RAMP[Math.max(1, Math.min(RAMP.length - 1, i))]!;
  return { bg, fg: i >= 4 ? '#ffffff' : '#082a33' };
}

export function levelLabel(score: number, scale: RubricLevel[]): string {
  return scale.find((l) => l.value === score)?.label ?? String(score);
}
