import { UnstyledButton } from '@mantine/core';
import { formatTimestamp } from '../coding/time-format';
import { playerStore, playFrom } from './playback';

/**
 * A turn's time in the recording: a button that plays from there when the source's recording is loaded, else the
 * time as text. Only the open source's player exists. It reads the player itself, so the memoised document block does not redraw when one appears.
 */
export function TurnTime({ ms, className }: { ms: number; className: string | undefined }) {
  const player = playerStore.use();
  const label = formatTimestamp(ms);
  if (!player) {
    return (
      <span className={className} title="Time in the recording">
        {label}
      </span>
    );
  }
  return (
    <UnstyledButton
      className={className}
      data-turn-time
      aria-label={`Play from ${label}`}
      title="Play from here"
      // Keeps the press from starting a text selection in the document around it.
      onMouseDown={(e) => e.stopPropagation()}
      onMouseUp={(e) => e.stopPropagation()}
      onClick={() => playFrom(ms)}
    >
      {label}
    </UnstyledButton>
  );
}
