import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { SourceKind } from '../../shared/domain/source';
import type { Phase } from '../../shared/domain/timeline';
import { isFiltering, NO_FILTER, type SourceFilter } from './source-filter';
import { KIND_OPTIONS } from './source-labels';

interface SourceFiltersProps {
  value: SourceFilter;
  phases: Phase[];
  onChange: (f: SourceFilter) => void;
}

export function SourceFilters({ value, phases, onChange }: SourceFiltersProps) {
  const set = (patch: Partial<SourceFilter>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        aria-label="Filter sources"
        placeholder="Filter by title, file, speaker…"
        leftSection={<IconSearch size={16} />}
        value={value.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        w={280}
      />
      <Select
        aria-label="Kind"
        placeholder="Any kind"
        data={KIND_OPTIONS}
        value={value.kind}
        onChange={(v) => set({ kind: v as SourceKind | null })}
        clearable
        w={170}
      />
      <Select
        aria-label="Phase"
        placeholder="Any phase"
        data={phases.map((p) => ({ value: p.id, label: p.name }))}
        value={value.phaseId}
        onChange={(phaseId) => set({ phaseId })}
        clearable
        w={190}
      />
      {isFiltering(value) && (
        <Button
          variant="subtle"
          color="gray"
          leftSection={<IconFilterOff size={16} />}
          onClick={() => onChange(NO_FILTER)}
        >
          Clear filters
        </Button>
      )}
    </Group>
  );
}
