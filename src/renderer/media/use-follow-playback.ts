import type { Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import type { SourceBlock } from '../../shared/domain/source';
import { playerStore, playheadStore } from './playback';
import { blockAtTime, turnTimes } from './playing-turn';

/**
 * The index of the turn being heard in this source (-1 when nothing of it plays), re-rendering the document only
 * when that turn changes, not on every timeupdate; while it plays, the turn is scrolled into view through the
 * virtualiser (the turn may not be in the page at all).
 */
export function useFollowPlayback(sourceId: string, blocks: readonly SourceBlock[], virtualizer: Virtualizer<HTMLDivElement, Element>): number {
  const times = useMemo(() => turnTimes(blocks), [blocks]);
  const subscribe = useCallback((listener: () => void) => {
    const offHead = playheadStore.subscribe(listener);
    const offPlayer = playerStore.subscribe(listener);
    return () => {
      offHead();
      offPlayer();
    };
  }, []);
  const current = useSyncExternalStore(subscribe, () => {
    const player = playerStore.get();
    const head = playheadStore.get();
    if (player?.sourceId !== sourceId || (!head.playing && head.ms === 0)) return -1;
    return blockAtTime(times, head.ms);
  });
  useEffect(() => {
    if (current >= 0 && playheadStore.get().playing) virtualizer.scrollToIndex(current, { align: 'auto' });
  }, [current, virtualizer]);
  return current;
}
