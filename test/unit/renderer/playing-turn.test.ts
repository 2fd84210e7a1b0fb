import { describe, expect, it } from 'vitest';
import type { SourceBlock } from '../../../src/shared/domain/source';
import { blockAtTime, timeSpanOf, timestampText, turnTimes } from '../../../src/renderer/media/playing-turn';

const turn = (start: number, end: number, startMs?: number, endMs?: number): SourceBlock => ({
  kind: 'turn',
  start,
  end,
  speaker: 'A',
  ...(startMs !== undefined ? { startMs } : {}),
  ...(endMs !== undefined ? { endMs } : {}),
});

describe('the turn being heard', () => {
  const blocks: SourceBlock[] = [
    { kind: 'heading', start: 0, end: 10 },
    turn(10, 40, 0, 2500),
    turn(40, 90, 2500, 6000),
    { kind: 'paragraph', start: 90, end: 100 },
    turn(100, 150, 6000, 9000),
  ];
  const times = turnTimes(blocks);

  it('is the last timed block starting at or before the time, skipping untimed ones', () => {
    expect(blockAtTime(times, 0)).toBe(1);
    expect(blockAtTime(times, 2499)).toBe(1);
    expect(blockAtTime(times, 2500)).toBe(2);
    expect(blockAtTime(times, 7000)).toBe(4);
    expect(blockAtTime(times, 99_999)).toBe(4);
    expect(blockAtTime(turnTimes([turn(0, 5, 1000)]), 500)).toBe(-1);
    expect(blockAtTime(turnTimes([]), 500)).toBe(-1);
  });

  it('agrees with a linear scan on thousands of turns', () => {
    const many = Array.from({ length: 5000 }, (_, i) => turn(i * 10, i * 10 + 10, i * 700 + (i % 3) * 100));
    const t = turnTimes(many);
    for (let ms = -100; ms < 5000 * 700 + 1000; ms += 337) {
      const linear = many.findLastIndex((b) => b.startMs! <= ms);
      expect(blockAtTime(t, ms)).toBe(linear);
    }
  });

  it('gives an excerpt the span of its turns, and time stamps as [hh:mm:ss]', () => {
    expect(timeSpanOf(blocks, 45, 120)).toEqual({ fromMs: 2500, toMs: 9000 });
    expect(timeSpanOf(blocks, 0, 5)).toBeNull();
    expect(timestampText(3_725_400)).toBe('[01:02:05]');
    expect(timestampText(0)).toBe('[00:00:00]');
  });
});
