import { Button, Group, Select, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import type { Participant, Sector } from '../../shared/domain/participant';
import { CONSENT_LABELS, GROUP_LABELS, options, SECTOR_LABELS } from './participant-labels';
import { isFiltering, NO_FILTER, type PeopleFilter } from './people-filter';

export function PeopleFilters({ value, onChange }: { value: PeopleFilter; onChange: (f: PeopleFilter) => void }) {
  const set = (patch: Partial<PeopleFilter>) => onChange({ ...value, ...patch });
  return (
    <Group gap="sm" wrap="wrap">
      <TextInput
        aria-label="Search participants"
        placeholder="Search people…"
        title="Searches names, pseudonyms, organisations, roles, emails and attributes"
        leftSection={<IconSearch size={16} />}
        value={value.text}
        onChange={(e) => set({ text: e.currentTarget.value })}
        w={280}
      />
      <Select
        aria-label="Sector"
        placeholder="Any sector"
        data={options(SECTOR_LABELS)}
        value={value.sector}
        onChange={(v) => set({ sector: v as Sector | null })}
        clearable
        w={160}
      />
      <Select
        aria-label="Group"
        placeholder="Any group"
        data={options(GROUP_LABELS)}
        value={value.group}
        onChange={(v) => set({ group: v as Participant['group'] | null })}
        clearable
        w={150}
      />
      <Select
        aria-label="Consent"
        placeholder="Any consent"
        data={options(CONSENT_LABELS)}
        value={value.consent}
        onChange={(v) => set({ consent: v as Participant['consent'] | null })}
        clearable
        w={150}
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
