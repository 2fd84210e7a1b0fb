import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../../src/shared/domain/coding';
import { segmentBlock } from '../../../src/renderer/coding/block-segments';
import { blockIndexAt, buildExcerptIndex, excerptsAt } from '../../../src/renderer/coding/excerpt-index';
import { highlightStyle, hexToRgba } from '../../../src/renderer/coding/highlight-style';

function excerpt(id: string, start: number, end: number, codeIds: string[] = ['c1']): Excerpt {
  const stamp = '2026-01-01T00:00:00.000Z';
  return {
    id,
    createdAt: stamp,
    updatedAt: stamp,
    createdBy: null,
    updatedBy: null,
    sourceId: 's',
    start,
    end,
    text: '',
    memo: '',
    codes: codeIds.map((codeId) => ({ codeId, coderId: null, coderName: null })),
  } as unknown as Excerpt;
}

// Three blocks with the "\n\n" gaps the importers leave between them.
const blocks = [
  { start: 0, end: 10 },
  { start: 12, end: 30 },
  { start: 32, end: 50 },
];

describe('excerpt index', () => {
  it('finds the block holding a position, and none in the gaps', () => {
    expect(blockIndexAt(blocks, 0)).toBe(0);
    expect(blockIndexAt(blocks, 9)).toBe(0);
    expect(blockIndexAt(blocks, 10)).toBe(-1);
    expect(blockIndexAt(blocks, 12)).toBe(1);
    expect(blockIndexAt(blocks, 49)).toBe(2);
    expect(blockIndexAt(blocks, 50)).toBe(-1);
  });

  it('files an excerpt under every block it touches, in start order', () => {
    const across = excerpt('across', 5, 40);
    const inner = excerpt('inner', 14, 20);
    const index = buildExcerptIndex(blocks, [inner, across]);
    expect(index.byBlock.map((l) => l.map((e) => e.id))).toEqual([['across'], ['across', 'inner'], ['across']]);
  });

  it('gives overlapping excerpts different margin lanes and reuses a lane once it is free', () => {
    const index = buildExcerptIndex(blocks, [excerpt('a', 0, 20), excerpt('b', 5, 15), excerpt('c', 25, 30)]);
    expect(index.lanes.get('a')).toBe(0);
    expect(index.lanes.get('b')).toBe(1);
    expect(index.lanes.get('c')).toBe(0);
    expect(index.laneCount).toBe(2);
  });

  it('lists the excerpts at a position, innermost first', () => {
    const index = buildExcerptIndex(blocks, [excerpt('outer', 12, 30), excerpt('inner', 15, 18)]);
    expect(excerptsAt(index, blocks, 16).map((e) => e.id)).toEqual(['inner', 'outer']);
    expect(excerptsAt(index, blocks, 11)).toEqual([]);
  });

  it('indexes 2,000 excerpts over 1,000 blocks quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => ({ start: i * 100, end: i * 100 + 98 }));
    const ex = Array.from({ length: 2000 }, (_, i) => excerpt(`e${i}`, i * 50, i * 50 + 120));
    const t0 = performance.now();
    const index = buildExcerptIndex(many, ex);
    expect(performance.now() - t0).toBeLessThan(100);
    expect(index.byBlock.reduce((n, l) => n + l.length, 0)).toBeGreaterThanOrEqual(2000);
  });
});

describe('block segments', () => {
  it('cuts a block at excerpt and mark boundaries, clipped to the block', () => {
    const segs = segmentBlock(blocks[1]!, [excerpt('a', 5, 20), excerpt('b', 15, 25)], [{ start: 22, end: 40, kind: 'flash' }]);
    expect(segs.map((s) => [s.start, s.end, s.excerpts.map((e) => e.id).join('+'), s.marks.join('+')])).toEqual([
      [12, 15, 'a', ''],
      [15, 20, 'a+b', ''],
      [20, 22, 'b', ''],
      [22, 25, 'b', 'flash'],
      [25, 30, '', 'flash'],
    ]);
  });

  it('leaves a block without excerpts whole', () => {
    expect(segmentBlock(blocks[0]!, [])).toEqual([{ start: 0, end: 10, excerpts: [], marks: [] }]);
  });
});

describe('highlight style', () => {
  it('tints one layer per excerpt and underlines overlaps', () => {
    expect(hexToRgba('#ff8000', 0.3)).toBe('rgba(255, 128, 0, 0.3)');
    expect(highlightStyle(['#ff0000'], false).boxShadow).toBeUndefined();
    const two = highlightStyle(['#ff0000', '#0000ff'], false);
    expect(two.backgroundImage?.match(/linear-gradient/g)).toHaveLength(2);
    expect(two.boxShadow).toContain('rgba(0, 0, 255');
    expect(highlightStyle([null], false)).toEqual({});
  });
});

describe('margin lanes', () => {
  it('keeps excerpts a line apart in separate lanes when asked to', () => {
    const index = buildExcerptIndex(blocks, [excerpt('a', 0, 5), excerpt('b', 7, 9)], 10);
    expect([index.lanes.get('a'), index.lanes.get('b')]).toEqual([0, 1]);
  });
});
