import { Checkbox, Group, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface CheckItem {
  value: string;
  label: string;
  depth?: number;
  colour?: string;
  hint?: string;
}

interface CheckListProps {
  title?: string;
  items: CheckItem[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  /** Offer a search box once the list is longer than this. */
  searchFrom?: number;
  empty?: string;
}

/** A titled list of checkboxes; long lists get a search box. */
export function CheckList({ title, items, selected, onToggle, searchFrom = 12, empty = 'Nothing to choose yet.' }: CheckListProps) {
  const [q, setQ] = useState('');
  const needle = q.trim().toLowerCase();
  const shown = needle ? items.filter((i) => i.label.toLowerCase().includes(needle)) : items;
  return (
    <div role="group" aria-label={title}>
      {title && (
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mb={4} mt={2}>
          {title}
        </Text>
      )}
      {items.length > searchFrom && (
        <TextInput
          size="xs"
          mb={6}
          placeholder="Find…"
          aria-label={`Find ${title ?? 'a value'}`}
          leftSection={<IconSearch size={14} />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
      )}
      {items.length === 0 && (
        <Text size="xs" c="dimmed">
          {empty}
        </Text>
      )}
      {shown.map((i) => (
        <Checkbox
          key={i.value}
          size="xs"
          py={3}
          pl={(needle ? 0 : (i.depth ?? 0)) * 16}
          checked={selected.includes(i.value)}
          onChange={() => onToggle(i.value)}
          title={i.hint}
          label={
            <Group gap={6} wrap="nowrap">
              {i.colour && <span style={{ width: 9, height: 9, borderRadius: 2, background: i.colour, flex: 'none' }} />}
              <Text span size="sm" lineClamp={1}>
                {i.label}
              </Text>
            </Group>
          }
        />
      ))}
    </div>
  );
}
