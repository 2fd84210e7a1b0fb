import { describe, expect, it } from 'vitest';
import { coveredLength, differenceSpans, mergeIntervals, overlapLength } from '../../../src/core/agreement/intervals';

const r = (start: number, end: number) => ({ start, end });

describe('character runs', () => {
  it('merge overlapping and touching ranges, clipped to the text', () => {
    expect(mergeIntervals([r(50, 60), r(0, 10), r(5, 20), r(20, 25), r(90, 130), r(-5, 2)], 100)).toEqual([r(0, 25), r(50, 60), r(90, 100)]);
    expect(coveredLength(mergeIntervals([r(0, 10), r(5, 20)], 100))).toBe(20);
    expect(mergeIntervals([r(120, 130)], 100)).toEqual([]);
  });

  it('count the characters two run lists share', () => {
    // [0,25) ∩ [10,30) = 15, [50,60) ∩ [55,95) = 5, [90,100) ∩ [55,95) = 5: 25 in all.
    expect(overlapLength([r(0, 25), r(50, 60), r(90, 100)], [r(10, 30), r(55, 95)])).toBe(25);
    expect(overlapLength([r(0, 10)], [r(10, 20)])).toBe(0);
    expect(overlapLength([], [r(0, 20)])).toBe(0);
  });

  it('list where exactly one list covers, keeping A-alone and B-alone runs apart', () => {
    // A [0,10) [20,30), B [5,25): A alone 0–5, B alone 10–20, A alone 25–30.
    expect(differenceSpans([r(0, 10), r(20, 30)], [r(5, 25)])).toEqual([
      { start: 0, end: 5, coder: 'a' },
      { start: 10, end: 20, coder: 'b' },
      { start: 25, end: 30, coder: 'a' },
    ]);
    // A [0,10), B [10,20): touching runs of different coders are two disagreements.
    expect(differenceSpans([r(0, 10)], [r(10, 20)])).toEqual([
      { start: 0, end: 10, coder: 'a' },
      { start: 10, end: 20, coder: 'b' },
    ]);
    expect(differenceSpans([r(0, 10), r(40, 50)], [r(0, 10), r(40, 50)])).toEqual([]);
  });

  it('handle a hundred thousand ranges in one sweep', () => {
    const a = Array.from({ length: 100_000 }, (_, i) => r(i * 10, i * 10 + 6));
    const b = Array.from({ length: 100_000 }, (_, i) => r(i * 10 + 3, i * 10 + 8));
    const ma = mergeIntervals(a, 1_000_000);
    const mb = mergeIntervals(b, 1_000_000);
    expect(overlapLength(ma, mb)).toBe(300_000);
    expect(differenceSpans(ma, mb)).toHaveLength(200_000);
  });
});
