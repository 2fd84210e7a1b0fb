import type { Participant, Sector } from '../../shared/domain/participant';
import { FilterBar } from '../components/FilterBar';
import { SelectFilter } from '../components/SelectFilter';
import { CONSENT_LABELS, GROUP_LABELS, options, SECTOR_LABELS } from './participant-labels';
import { isFiltering, NO_FILTER, type PeopleFilter } from './people-filter';

export function PeopleFilters({ value, onChange }: { value: PeopleFilter; onChange: (f: PeopleFilter) => void }) {
  const set = (patch: Partial<PeopleFilter>) => onChange({ ...value, ...patch });
  return (
    <FilterBar
      search={{
        label: 'Search participants',
        placeholder: 'Search people…',
        title: 'Searches names, pseudonyms, organisations, roles, emails and attributes',
        value: value.text,
        onChange: (text) => set({ text }),
      }}
      filtering={isFiltering(value)}
      onClear={() => onChange(NO_FILTER)}
    >
      <SelectFilter<Sector>
        label="Sector"
        placeholder="Any sector"
        options={options(SECTOR_LABELS)}
        value={value.sector}
        onChange={(sector) => set({ sector })}
        width={160}
      />
      <SelectFilter<Participant['group']>
        label="Group"
        placeholder="Any group"
        options={options(GROUP_LABELS)}
        value={value.group}
        onChange={(group) => set({ group })}
        width={150}
      />
      <SelectFilter<Participant['consent']>
        label="Consent"
        placeholder="Any consent"
        options={options(CONSENT_LABELS)}
        value={value.consent}
        onChange={(consent) => set({ consent })}
        width={150}
      />
    </FilterBar>
  );
}
