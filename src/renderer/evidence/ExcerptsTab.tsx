import { Stack } from '@mantine/core';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { ExcerptFilterBar } from '../excerpts/ExcerptFilterBar';
import { ExcerptList } from '../excerpts/ExcerptList';
import { excerptActions } from './excerpt-actions';

interface ExcerptsTabProps {
  filter: ExcerptFilter;
  onFilterChange: (f: ExcerptFilter) => void;
}

/** Every coded excerpt, filtered by any tag, code, phase, convening, source kind, speaker, attribute or coder. */
export function ExcerptsTab({ filter, onFilterChange }: ExcerptsTabProps) {
  return (
    <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
      <ExcerptFilterBar value={filter} onChange={onFilterChange} />
      <ExcerptList
        filter={filter}
        label="Filtered excerpts"
        selectionActions={excerptActions}
      />
    </Stack>
  );
}
