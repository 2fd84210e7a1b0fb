import type { Span } from './excerpt-index';
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart } from './word-step';

/**
 * Where the keyboard is in the document: the current turn (block), a caret offset in the source text and, while
 * Shift is extending a selection, the offset it started from. Offsets are the store's, not the DOM's, so a
 * selection can run past the blocks the virtualised view has in the page.
 */
export interface Caret {
  readonly block: number;
  readonly pos: number;
  readonly anchor: number | null;
}

export type CaretMove =
  | 'next-turn'
  | 'previous-turn'
  | 'word-right'
  | 'word-left'
  | 'extend-word-right'
  | 'extend-word-left'
  | 'extend-turn-down'
  | 'extend-turn-up';

interface KeyLike {
  readonly key: string;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** The document's own keys; null leaves the key to the page (Tab, the coding commands, the browser). */
export function caretMoveOf(e: KeyLike): CaretMove | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.shiftKey) {
    return (
      ({ ArrowRight: 'extend-word-right', ArrowLeft: 'extend-word-left', ArrowDown: 'extend-turn-down', ArrowUp: 'extend-turn-up' } as const)[
        key as 'ArrowRight'
      ] ?? null
    );
  }
  return (
    ({ ArrowDown: 'next-turn', j: 'next-turn', ArrowUp: 'previous-turn', k: 'previous-turn', ArrowRight: 'word-right', ArrowLeft: 'word-left' } as const)[
      key as 'j'
    ] ?? null
  );
}

/** The block holding `pos`, or the nearest one before it when `pos` sits in the line breaks between two. */
function blockOf(blocks: readonly Span[], pos: number, fallback: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? Math.min(fallback, 0) : lo - 1;
}

export function startCaret(blocks: readonly Span[], block: number): Caret {
  const b = Math.max(0, Math.min(block, blocks.length - 1));
  return { block: b, pos: blocks[b]?.start ?? 0, anchor: null };
}

/** One key's effect. Plain moves drop the selection; Shift moves keep its anchor and move its free end. */
export function moveCaret(text: string, blocks: readonly Span[], caret: Caret, move: CaretMove): Caret {
  const last = blocks.length - 1;
  const at = (pos: number, anchor: number | null): Caret => {
    const p = Math.max(0, Math.min(pos, text.length));
    return { block: Math.max(0, blockOf(blocks, p, caret.block)), pos: p, anchor };
  };
  const anchor = caret.anchor ?? caret.pos;
  const { pos } = caret;
  switch (move) {
    case 'next-turn':
      return startCaret(blocks, Math.min(caret.block + 1, last));
    case 'previous-turn':
      return startCaret(blocks, Math.max(caret.block - 1, 0));
    case 'word-right':
      return at(nextWordStart(text, pos), null);
    case 'word-left':
      return at(previousWordStart(text, pos), null);
    // Growing past a word's end, or shrinking back to the previous one's, as a word processor's Ctrl+Shift+→ does.
    case 'extend-word-right':
      return at(pos < anchor ? nextWordStart(text, pos) : nextWordEnd(text, pos), anchor);
    case 'extend-word-left':
      return at(pos > anchor ? previousWordEnd(text, pos) : previousWordStart(text, pos), anchor);
    case 'extend-turn-down': {
      const here = blocks[caret.block]!;
      if (pos < anchor) return at(Math.min(blocks[Math.min(caret.block + 1, last)]!.start, anchor), anchor);
      return at(pos < here.end ? here.end : blocks[Math.min(caret.block + 1, last)]!.end, anchor);
    }
    case 'extend-turn-up': {
      const here = blocks[caret.block]!;
      if (pos > anchor) {
        const previous = blocks[Math.max(caret.block - 1, 0)]!;
        return at(Math.max(pos > here.start ? previous.end : previous.start, anchor), anchor);
      }
      return at(pos > here.start ? here.start : blocks[Math.max(caret.block - 1, 0)]!.start, anchor);
    }
  }
}

/** The caret's selection as [start, end), or null when nothing is selected. */
export function caretRange(caret: Caret): { start: number; end: number } | null {
  if (caret.anchor === null || caret.anchor === caret.pos) return null;
  return { start: Math.min(caret.anchor, caret.pos), end: Math.max(caret.anchor, caret.pos) };
}
