import { useEffect } from 'react';
import { playbackCommandForKey } from './playback-keys';

/** Binds the player's keys while a player is shown. */
export function usePlaybackKeys(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return;
      const command = playbackCommandForKey(e);
      if (!command || command.run(e) === false) return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
