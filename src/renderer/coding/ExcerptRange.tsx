import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconChevronLeft, IconChevronRight, IconCursorText } from '@tabler/icons-react';
import type { Excerpt } from '../../shared/domain/coding';
import type { Range } from './use-coding-actions';
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart } from './word-step';

interface ExcerptRangeProps {
  excerpt: Excerpt;
  text: string;
  onResize: (range: Range) => void;
  onSelectNew: () => void;
}

function Step({ label, target, onResize }: { label: string; target: Range | null; onResize: (r: Range) => void }) {
  const Icon = label.includes('earlier') ? IconChevronLeft : IconChevronRight;
  return (
    <Tooltip label={label}>
      <ActionIcon variant="default" size="sm" aria-label={label} disabled={!target} onClick={() => target && onResize(target)}>
        <Icon size={14} />
      </ActionIcon>
    </Tooltip>
  );
}

/** Resizes the excerpt a word at a time at either end, or to a new selection. */
export function ExcerptRange({ excerpt, text, onResize, onSelectNew }: ExcerptRangeProps) {
  const { start, end } = excerpt;
  const valid = (s: number, e: number): Range | null => (e > s && (s !== start || e !== end) ? { start: s, end: e } : null);
  return (
    <Group gap="xs" justify="space-between" wrap="nowrap">
      <Group gap={6} wrap="nowrap">
        <Text size="xs" c="dimmed" fw={600}>
          Start
        </Text>
        <Step label="Start one word earlier" target={valid(previousWordStart(text, start), end)} onResize={onResize} />
        <Step label="Start one word later" target={valid(nextWordStart(text, start), end)} onResize={onResize} />
        <Text size="xs" c="dimmed" fw={600} ml={6}>
          End
        </Text>
        <Step label="End one word earlier" target={valid(start, previousWordEnd(text, end))} onResize={onResize} />
        <Step label="End one word later" target={valid(start, nextWordEnd(text, end))} onResize={onResize} />
      </Group>
      <Tooltip label="Select the new extent in the text, then click Set excerpt range">
        <Button size="compact-xs" variant="light" leftSection={<IconCursorText size={13} />} onClick={onSelectNew}>
          New range
        </Button>
      </Tooltip>
    </Group>
  );
}
