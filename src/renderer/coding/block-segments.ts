import type { Excerpt } from '../../shared/domain/coding';
import type { Span } from './excerpt-index';

/**
 * A range drawn over the text without being an excerpt: the jump target's flash, a selection kept while a box is
 * open (or made with the keyboard), the word at the keyboard's caret.
 */
export type MarkKind = 'flash' | 'pending' | 'caret';

export interface Mark extends Span {
  readonly kind: MarkKind;
}

/** A run of a block's text covered by the same excerpts and marks: one span in the page. */
export interface Segment extends Span {
  readonly excerpts: readonly Excerpt[];
  readonly marks: readonly MarkKind[];
}

const NO_EXCERPTS: readonly Excerpt[] = [];
const NO_MARKS: readonly MarkKind[] = [];

/**
 * Cuts a block at every excerpt and mark boundary inside it. `excerpts` are the block's own (from the
 * index), so the work is per block on screen, never over the whole source.
 */
export function segmentBlock(block: Span, excerpts: readonly Excerpt[], marks: readonly Mark[] = []): Segment[] {
  const cuts = new Set<number>([block.start, block.end]);
  const cut = (pos: number) => {
    if (pos > block.start && pos < block.end) cuts.add(pos);
  };
  for (const e of excerpts) {
    cut(e.start);
    cut(e.end);
  }
  const inside = marks.filter((m) => m.start < block.end && m.end > block.start);
  for (const m of inside) {
    cut(m.start);
    cut(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = excerpts.filter((e) => e.start <= start && e.end >= end);
    const kinds = inside.filter((m) => m.start <= start && m.end >= end).map((m) => m.kind);
    segments.push({
      start,
      end,
      excerpts: covering.length ? covering : NO_EXCERPTS,
      marks: kinds.length ? kinds : NO_MARKS,
    });
  }
  return segments;
}
