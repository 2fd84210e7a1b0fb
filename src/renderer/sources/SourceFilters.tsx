import type { SourceKind } from '../../shared/domain/source';
import type { Phase } from '../../shared/domain/timeline';
import { FilterBar } from '../components/FilterBar';
import { SelectFilter } from '../components/SelectFilter';
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
    <FilterBar
      search={{
        label: 'Filter sources',
        placeholder: 'Filter by title, file, speaker…',
        value: value.text,
        onChange: (text) => set({ text }),
      }}
      filtering={isFiltering(value)}
      onClear={() => onChange(NO_FILTER)}
    >
      <SelectFilter<SourceKind>
        label="Kind"
        placeholder="Any kind"
        options={KIND_OPTIONS}
        value={value.kind}
        onChange={(kind) => set({ kind })}
        width={170}
      />
      <SelectFilter
        label="Phase"
        placeholder="Any phase"
        options={phases.map((p) => ({ value: p.id, label: p.name }))}
        value={value.phaseId}
        onChange={(phaseId) => set({ phaseId })}
        width={190}
      />
    </FilterBar>
  );
}
