import type { Excerpt } from '../../shared/domain/coding';

/** The part of a block the index needs: where it starts and ends in the source text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Excerpts sorted and filed by block once per change, so rendering a block never scans the whole list. */
export interface ExcerptIndex {
  /** For each block, the excerpts overlapping it, in start order. */
  readonly byBlock: readonly (readonly Excerpt[])[];
  /** The margin lane of each excerpt: overlapping excerpts never share one. */
  readonly lanes: ReadonlyMap<string, number>;
  readonly laneCount: number;
}

const NONE: readonly Excerpt[] = [];

/** Index of the first block whose end lies after `pos` (blocks are in order and do not overlap). */
export function firstBlockEndingAfter(blocks: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the block holding `pos`, or -1 when `pos` falls between blocks or outside them. */
export function blockIndexAt(blocks: readonly Span[], pos: number): number {
  const i = firstBlockEndingAfter(blocks, pos);
  return i < blocks.length && blocks[i]!.start <= pos ? i : -1;
}

export function compareExcerpts(a: Excerpt, b: Excerpt): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Files each excerpt under every block it touches (binary search for the first, then a walk) and gives it
 * the lowest margin lane free at its start: O(E log B) plus the blocks each excerpt spans. A lane is free
 * `laneGap` characters after its last excerpt ends, so two excerpts on the same line never share a stripe.
 */
export function buildExcerptIndex(blocks: readonly Span[], excerpts: readonly Excerpt[], laneGap = 0): ExcerptIndex {
  const sorted = [...excerpts].sort(compareExcerpts);
  const byBlock: Excerpt[][] = blocks.map(() => []);
  const lanes = new Map<string, number>();
  const laneEnds: number[] = [];
  for (const e of sorted) {
    for (let i = firstBlockEndingAfter(blocks, e.start); i < blocks.length && blocks[i]!.start < e.end; i++) {
      byBlock[i]!.push(e);
    }
    let lane = laneEnds.findIndex((end) => end + laneGap <= e.start);
    if (lane < 0) lane = laneEnds.push(e.end) - 1;
    else laneEnds[lane] = e.end;
    lanes.set(e.id, lane);
  }
  return {
    byBlock: byBlock.map((list) => (list.length ? list : NONE)),
    lanes,
    laneCount: laneEnds.length,
  };
}

/** The excerpts covering position `pos` of the text, innermost (shortest) first. */
export function excerptsAt(index: ExcerptIndex, blocks: readonly Span[], pos: number): Excerpt[] {
  const i = blockIndexAt(blocks, pos);
  if (i < 0) return [];
  return index.byBlock[i]!.filter((e) => e.start <= pos && pos < e.end).sort((a, b) => a.end - a.start - (b.end - b.start));
}
