import { Group, Select, Text } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import { useMemo } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import classes from './CodingPage.module.css';

interface SourcePickerProps {
  sources: readonly SourceSummary[];
  value: string | null;
  onChange: (sourceId: string) => void;
}

/** Which source is open: a searchable list of titles, with kind and length to tell similar titles apart. */
export function SourcePicker({ sources, value, onChange }: SourcePickerProps) {
  const byId = useMemo(() => new Map(sources.map((s) => [s.id, s])), [sources]);
  const data = useMemo(() => sources.map((s) => ({ value: s.id, label: s.title })), [sources]);
  return (
    <Select
      classNames={{ input: classes.sourceInput }}
      aria-label="Source"
      placeholder="Choose a source"
      searchable
      data={data}
      value={value}
      allowDeselect={false}
      onChange={(id) => id && onChange(id)}
      nothingFoundMessage="No source by that title"
      leftSection={<IconFileText size={16} />}
      // Shrinks with the row rather than spilling out of it; at large text sizes the row wraps below a readable width.
      style={{ flex: '1 1 28.75rem', minWidth: 'min(16rem, 100%)', maxWidth: '28.75rem' }}
      maxDropdownHeight={420}
      comboboxProps={{ width: 'min(32.5rem, 90vw)', position: 'bottom-start' }}
      renderOption={({ option }) => {
        const s = byId.get(option.value);
        return (
          <Group gap="xs" wrap="nowrap" justify="space-between" w="100%">
            <Text size="sm" truncate>
              {option.label}
            </Text>
            {s && (
              <Text size="xs" c="dimmed" style={{ flex: 'none' }}>
                {s.kind} · {s.format} · {s.wordCount.toLocaleString()} words
              </Text>
            )}
          </Group>
        );
      }}
    />
  );
}
