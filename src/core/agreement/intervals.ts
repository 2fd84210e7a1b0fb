/**
 * Half-open character ranges [start, end) of one source, in UTF-16 code units like excerpt offsets. Agreement
 * works on these runs rather than on one flag per character, so a source with thousands of overlapping excerpts
 * costs a sort and a sweep, not an array the length of the transcript.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/** Sorted, disjoint, non-adjacent ranges clipped to [0, length): the characters some excerpt covers. */
export function mergeIntervals(ranges: readonly Interval[], length: number): Interval[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const out: { start: number; end: number }[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Touching ranges merge too, so a span of agreement is never split where two excerpts meet.
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}

export function coveredLength(merged: readonly Interval[]): number {
  let n = 0;
  for (const r of merged) n += r.end - r.start;
  return n;
}

/** Characters inside both merged lists, by one sweep over the two. */
export function overlapLength(a: readonly Interval[], b: readonly Interval[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) n += hi - lo;
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

/** Every start and end of two merged lists, ascending and without repeats: each list's bounds are already in order. */
function mergedBounds(a: readonly Interval[], b: readonly Interval[]): number[] {
  const out: number[] = [];
  const bound = (list: readonly Interval[], k: number) => (k % 2 === 0 ? list[k >> 1]!.start : list[k >> 1]!.end);
  let i = 0;
  let j = 0;
  while (i < 2 * a.length || j < 2 * b.length) {
    const x = i < 2 * a.length ? bound(a, i) : Infinity;
    const y = j < 2 * b.length ? bound(b, j) : Infinity;
    const next = Math.min(x, y);
    if (x === next) i++;
    if (y === next) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** A maximal run where exactly one of the two coders applied the code. */
export interface DifferenceSpan extends Interval {
  readonly coder: 'a' | 'b';
}

/**
 * The runs covered by one list and not the other, in order. A run where A alone coded that meets a run where
 * B alone coded stays two spans: they are different disagreements (A saw the code there, B saw it here).
 */
export function differenceSpans(a: readonly Interval[], b: readonly Interval[]): DifferenceSpan[] {
  const points = mergedBounds(a, b);
  const out: { start: number; end: number; coder: 'a' | 'b' }[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k + 1 < points.length; k++) {
    const lo = points[k]!;
    const hi = points[k + 1]!;
    while (i < a.length && a[i]!.end <= lo) i++;
    while (j < b.length && b[j]!.end <= lo) j++;
    const inA = i < a.length && a[i]!.start <= lo;
    const inB = j < b.length && b[j]!.start <= lo;
    if (inA === inB) continue;
    const coder = inA ? 'a' : 'b';
    const last = out[out.length - 1];
    if (last && last.coder === coder && last.end === lo) last.end = hi;
    else out.push({ start: lo, end: hi, coder });
  }
  return out;
}
