import { Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { plural } from '../format/plural';

interface ListToolbarProps {
  /** The list's filters, at the left. */
  children: ReactNode;
  shown: number;
  total: number;
  filtering: boolean;
  selected: number;
  noun: { one: string; many: string };
  /** Tests read the count by this id. */
  countTestId: string;
}

/** A list's filters, and how many rows they let through and how many of those are ticked. */
export function ListToolbar({ children, shown, total, filtering, selected, noun, countTestId }: ListToolbarProps) {
  const all = plural(total, noun.one, noun.many);
  return (
    <Group justify="space-between">
      {children}
      <Text size="sm" c="dimmed" aria-live="polite" data-testid={countTestId}>
        {filtering ? `${shown.toLocaleString()} of ${all}` : all}
        {selected > 0 && ` · ${selected.toLocaleString()} selected`}
      </Text>
    </Group>
  );
}
