import { Button, Group, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface FilterBarProps {
  search: {
    label: string;
    placeholder: string;
    /** Says which fields the words are looked for in. */
    title?: string;
    value: string;
    onChange: (text: string) => void;
  };
  filtering: boolean;
  onClear: () => void;
  /** The list's own filters (selects), after the search box. */
  children: ReactNode;
}

/** A list's search box and filters, with a button to clear them all once any is set. */
export function FilterBar({ search, filtering, onClear, children }: FilterBarProps) {
  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        aria-label={search.label}
        placeholder={search.placeholder}
        title={search.title}
        leftSection={<IconSearch size={16} />}
        value={search.value}
        onChange={(e) => search.onChange(e.currentTarget.value)}
        w={280}
      />
      {children}
      {filtering && (
        <Button variant="subtle" color="gray" leftSection={<IconFilterOff size={16} />} onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
