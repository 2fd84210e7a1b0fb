import { Button } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { playerStore, playFrom } from './playback';
import { timeSpanOf } from './playing-turn';
import { formatTimestamp } from '../coding/time-format';

/** In the excerpt popover: plays the recording from the excerpt's first turn to the end of its last. */
export function PlayExcerptButton({ sourceId, start, end }: { sourceId: string; start: number; end: number }) {
  const player = playerStore.use();
  if (player?.sourceId !== sourceId) return null;
  const span = timeSpanOf(player.blocks, start, end);
  if (!span) return null;
  return (
    <Button
      size="compact-xs"
      variant="light"
      leftSection={<IconPlayerPlay size={14} />}
      onClick={() => playFrom(span.fromMs, span.toMs)}
      aria-label={`Play this excerpt from ${formatTimestamp(span.fromMs)}`}
      mb={6}
    >
      Play excerpt ({formatTimestamp(span.fromMs)}
      {span.toMs !== null ? `–${formatTimestamp(span.toMs)}` : ''})
    </Button>
  );
}
