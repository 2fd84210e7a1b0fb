import { Divider } from '@mantine/core';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { GROUP_LABELS, LEVEL_LABELS, options, SECTOR_LABELS } from '../people/participant-labels';
import { CheckList } from './CheckList';
import { toggleValue } from './excerpt-filter';
import { FilterPopover } from './FilterPopover';

interface SpeakerFilterPickerProps {
  roles: string[];
  value: ExcerptFilter;
  onChange: (f: ExcerptFilter) => void;
}

const SECTORS = options(SECTOR_LABELS);
const LEVELS = options(LEVEL_LABELS);
const GROUPS = options(GROUP_LABELS);

/** Who said it: the speaker's sector, role, level, and whether they are in the lab or the comparison group. */
export function SpeakerFilterPicker({ roles, value, onChange }: SpeakerFilterPickerProps) {
  const count =
    (value.sectors?.length ?? 0) + (value.roles?.length ?? 0) + (value.levels?.length ?? 0) + (value.groups?.length ?? 0);
  return (
    <FilterPopover label="Speaker" count={count} width={300}>
      <CheckList
        title="Sector"
        items={SECTORS}
        selected={value.sectors ?? []}
        onToggle={(v) => onChange(toggleValue(value, 'sectors', v as (typeof SECTORS)[number]['value']))}
      />
      <Divider my={4} />
      <CheckList title="Level" items={LEVELS} selected={value.levels ?? []} onToggle={(v) => onChange(toggleValue(value, 'levels', v as (typeof LEVELS)[number]['value']))} />
      <Divider my={4} />
      <CheckList title="Group" items={GROUPS} selected={value.groups ?? []} onToggle={(v) => onChange(toggleValue(value, 'groups', v as (typeof GROUPS)[number]['value']))} />
      <Divider my={4} />
      <CheckList
        title="Role"
        items={roles.map((r) => ({ value: r, label: r }))}
        selected={value.roles ?? []}
        onToggle={(v) => onChange(toggleValue(value, 'roles', v))}
        empty="No participant has a role yet."
      />
    </FilterPopover>
  );
}
