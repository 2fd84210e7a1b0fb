import type { Virtualizer } from '@tanstack/react-virtual';
import { useMemo, useState, type KeyboardEvent, type RefObject } from 'react';
import type { SourceBlock } from '../../shared/domain/source';
import type { Mark } from './block-segments';
import { excerptsAt, type ExcerptIndex } from './excerpt-index';
import { caretMoveOf, caretRange, moveCaret, startCaret, type Caret } from './keyboard-caret';
import { offsetRect } from './selection-offsets';
import type { CodingSession } from './use-coding-session';
import { nextWordEnd, trimRange } from './word-step';

interface DocumentKeysInput {
  sourceId: string;
  text: string;
  blocks: readonly SourceBlock[];
  index: ExcerptIndex;
  session: CodingSession;
  virtualizer: Virtualizer<HTMLDivElement, Element>;
  contentRef: RefObject<HTMLDivElement | null>;
  /** Opens the excerpts `ids` beside a point on screen, from the keyboard (so the popover takes the focus). */
  openExcerpts: (ids: string[], x: number, y: number, blockIndex: number) => void;
}

export interface DocumentKeys {
  /** The current turn, drawn with a bar while the document has the focus; null before the first key. */
  readonly currentBlock: number | null;
  /** The word at the caret, while nothing is selected. */
  readonly caretMark: Mark | null;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent): void;
}

/**
 * Reading and selecting with the keyboard: ↑↓ (or j k) from turn to turn, ← → by word, Shift with an arrow
 * extends the selection by a word or a turn, Enter opens the excerpt at the caret. The selection goes to the
 * coding session like a mouse selection, so 1–9, Ctrl+K and the toolbar act on it alike.
 */
export function useDocumentKeys({ sourceId, text, blocks, index, session, virtualizer, contentRef, openExcerpts }: DocumentKeysInput): DocumentKeys {
  const [caret, setCaret] = useState<Caret | null>(null);
  // Esc, a click or a code applied elsewhere drops the session's selection; the caret's anchor goes with it.
  const live = caret && caret.anchor !== null && session.selection === null ? { ...caret, anchor: null } : caret;

  const reveal = (next: Caret) => {
    virtualizer.scrollToIndex(next.block, { align: 'auto' });
    // A turn taller than the screen: bring the caret's own line into view once the block is drawn.
    requestAnimationFrame(() => {
      if (contentRef.current) scrollCaretIntoView(contentRef.current, next.pos);
    });
  };

  const selectRange = (next: Caret) => {
    const content = contentRef.current;
    const range = caretRange(next);
    const trimmed = range && trimRange(text, range.start, range.end);
    if (!trimmed || !content) {
      if (session.selection) session.select(null);
      return;
    }
    const box = content.getBoundingClientRect();
    const rect = offsetRect(content, Math.max(trimmed.start, trimmed.end - 1));
    session.select({
      sourceId,
      ...trimmed,
      x: (rect?.right ?? box.left + 60) - box.left,
      y: (rect?.bottom ?? box.top) - box.top,
      live: false,
      fromKeys: true,
    });
  };

  const openAtCaret = (at: Caret) => {
    const here = excerptsAt(index, blocks, at.pos);
    const list = here.length ? here : (index.byBlock[at.block] ?? []);
    const content = contentRef.current;
    if (list.length === 0 || !content) return;
    const rect = offsetRect(content, Math.max(at.pos, list[0]!.start));
    const box = content.getBoundingClientRect();
    openExcerpts(
      list.map((e) => e.id),
      rect?.left ?? box.left + 60,
      rect?.bottom ?? box.top,
      at.block,
    );
  };

  const firstOnScreen = () => virtualizer.getVirtualItems().find((i) => i.start >= (virtualizer.scrollOffset ?? 0))?.index ?? 0;

  const caretPos = live && live.anchor === null ? live.pos : null;
  // One object per caret position: the blocks compare their marks by identity.
  const caretMark = useMemo<Mark | null>(
    () => (caretPos === null ? null : { start: caretPos, end: Math.max(caretPos + 1, nextWordEnd(text, caretPos)), kind: 'caret' }),
    [caretPos, text],
  );

  return {
    currentBlock: live?.block ?? null,
    caretMark,
    onFocus() {
      if (!caret && blocks.length) setCaret(startCaret(blocks, firstOnScreen()));
    },
    onKeyDown(e) {
      // Keys on a stripe or in the toolbar belong to that control.
      if (e.target !== e.currentTarget || blocks.length === 0) return;
      const from = live ?? startCaret(blocks, firstOnScreen());
      if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        return openAtCaret(from);
      }
      const move = caretMoveOf(e);
      if (!move) return;
      e.preventDefault();
      const next = moveCaret(text, blocks, from, move);
      setCaret(next);
      reveal(next);
      if (next.anchor !== null) selectRange(next);
      else if (session.selection) session.clear();
    },
  };
}

function scrollCaretIntoView(content: HTMLElement, pos: number): void {
  const span = [...content.querySelectorAll<HTMLElement>('[data-start]')].findLast((s) => Number(s.dataset.start) <= pos);
  span?.scrollIntoView({ block: 'nearest' });
}
