import { Switch } from '@mantine/core';
import { useMemo } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { codesInTreeOrder } from '../codebook/code-tree';
import { CheckList } from './CheckList';
import { cleanFilter, toggleValue } from './excerpt-filter';
import { FilterPopover } from './FilterPopover';

interface CodeFilterPickerProps {
  codes: CodeWithCounts[];
  value: ExcerptFilter;
  onChange: (f: ExcerptFilter) => void;
}

/** Codes as the codebook lists them, and whether a parent code brings in its children's excerpts. */
export function CodeFilterPicker({ codes, value, onChange }: CodeFilterPickerProps) {
  const items = useMemo(
    () =>
      codesInTreeOrder(codes).map(({ code, depth }) => ({
        value: code.id,
        label: code.name,
        depth,
        colour: code.colour,
      })),
    [codes],
  );
  const chosen = value.codeIds ?? [];
  return (
    <FilterPopover label="Codes" count={chosen.length} width={320}>
      <Switch
        size="xs"
        mb={6}
        label="Include child codes"
        checked={value.includeChildren !== false}
        onChange={(e) => onChange(cleanFilter({ ...value, includeChildren: e.currentTarget.checked }))}
      />
      <CheckList
        title="Codes"
        items={items}
        selected={chosen}
        onToggle={(id) => onChange(toggleValue(value, 'codeIds', id))}
        empty="The codebook is empty."
      />
    </FilterPopover>
  );
}
