import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useOp } from '../client/use-op';
import { shortcutLabel } from '../commands/keyboard';
import { notifyError } from '../components/notify';
import { DEFAULT_TEXT_SIZE, LARGEST_TEXT_SIZE, SMALLEST_TEXT_SIZE, stepTextSize } from '../../shared/domain/text-size';
import { setTextSize } from './text-size-commands';

/** Smaller, the size now, larger and reset: the text-size commands as buttons, for those who do not use the keys. */
export function TextSizeControl() {
  const qc = useQueryClient();
  const size = useOp('app.state', {}).data?.textSize ?? DEFAULT_TEXT_SIZE;
  const set = (percent: number) => setTextSize({ queryClient: qc }, percent).catch((e: unknown) => notifyError('Could not change the text size', e));
  return (
    <Group gap={6} px="sm" py={4} wrap="nowrap" role="group" aria-label="Text size">
      <Tooltip label={`Smaller text (${shortcutLabel('Mod+−')})`}>
        <ActionIcon variant="default" aria-label="Smaller text" disabled={size <= SMALLEST_TEXT_SIZE} onClick={() => void set(stepTextSize(size, -1))}>
          <IconMinus size={16} />
        </ActionIcon>
      </Tooltip>
      <Text size="sm" fw={500} miw="3.2em" ta="center" aria-live="polite" data-testid="text-size">
        {size}%
      </Text>
      <Tooltip label={`Larger text (${shortcutLabel('Mod++')})`}>
        <ActionIcon variant="default" aria-label="Larger text" disabled={size >= LARGEST_TEXT_SIZE} onClick={() => void set(stepTextSize(size, 1))}>
          <IconPlus size={16} />
        </ActionIcon>
      </Tooltip>
      <Button variant="subtle" size="compact-sm" aria-label="Reset text size" disabled={size === DEFAULT_TEXT_SIZE} onClick={() => void set(DEFAULT_TEXT_SIZE)}>
        Reset
      </Button>
    </Group>
  );
}
