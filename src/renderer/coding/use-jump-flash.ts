import type { Virtualizer } from '@tanstack/react-virtual';
import { useEffect, useState, type RefObject } from 'react';
import type { CodingTarget } from '../shell/navigation';
import type { Mark } from './block-segments';
import { firstBlockEndingAfter, type Span } from './excerpt-index';

const FLASH_MS = 2200;

/**
 * When the view is opened at a range (from retrieval or search), scrolls it to the middle of the screen
 * and flashes it. Each navigation is a new target, so jumping to the same place again flashes again.
 */
export function useJumpFlash(
  jump: CodingTarget | undefined,
  blocks: readonly Span[],
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  contentRef: RefObject<HTMLDivElement | null>,
): Mark | null {
  const [flash, setFlash] = useState<Mark | null>(null);
  useEffect(() => {
    const range = jump?.range;
    if (!range || blocks.length === 0) return;
    const index = Math.min(firstBlockEndingAfter(blocks, range.start), blocks.length - 1);
    virtualizer.scrollToIndex(index, { align: 'center' });
    const mark: Mark = { start: range.start, end: range.end, kind: 'flash' };
    const frame = requestAnimationFrame(() => setFlash(mark));
    // A long turn can be taller than the screen: once drawn, centre the range itself.
    const settle = setTimeout(() => {
      contentRef.current?.querySelector(`[data-start="${range.start}"]`)?.scrollIntoView({ block: 'center' });
    }, 180);
    const done = setTimeout(() => setFlash(null), FLASH_MS);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      clearTimeout(done);
    };
  }, [jump, blocks, virtualizer, contentRef]);
  return flash;
}
