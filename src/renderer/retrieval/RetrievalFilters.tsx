import { Group, MultiSelect, Switch } from '@mantine/core';
import type { SourceKind } from '../../shared/domain/source';
import { useOp } from '../client/use-op';
import { KIND_OPTIONS } from '../sources/source-labels';
import type { RetrievalFilterValue } from './retrieval-filter';

interface RetrievalFiltersProps {
  value: RetrievalFilterValue;
  hasChildren: boolean;
  onChange: (v: RetrievalFilterValue) => void;
}

export function RetrievalFilters({ value, hasChildren, onChange }: RetrievalFiltersProps) {
  const timeline = useOp('timeline.get', {});
  const coders = useOp('coders.list', {});
  const set = (patch: Partial<RetrievalFilterValue>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" wrap="wrap" align="center">
      <MultiSelect
        aria-label="Source kinds"
        placeholder={value.sourceKinds.length ? undefined : 'Any kind of source'}
        data={KIND_OPTIONS}
        value={value.sourceKinds}
        onChange={(v) => set({ sourceKinds: v as SourceKind[] })}
        clearable
        w={200}
        size="xs"
      />
      <MultiSelect
        aria-label="Phases"
        placeholder={value.phaseIds.length ? undefined : 'Any phase'}
        data={(timeline.data?.phases ?? []).map((p) => ({ value: p.id, label: p.name }))}
        value={value.phaseIds}
        onChange={(phaseIds) => set({ phaseIds })}
        clearable
        w={180}
        size="xs"
      />
      <MultiSelect
        aria-label="Coders"
        placeholder={value.coderIds.length ? undefined : 'Any coder'}
        data={(coders.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={value.coderIds}
        onChange={(coderIds) => set({ coderIds })}
        clearable
        w={160}
        size="xs"
      />
      {hasChildren && (
        <Switch
          size="sm"
          label="Include child codes"
          checked={value.includeChildren}
          onChange={(e) => set({ includeChildren: e.currentTarget.checked })}
        />
      )}
    </Group>
  );
}
