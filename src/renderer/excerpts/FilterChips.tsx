import { Button, Group, Pill } from '@mantine/core';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import type { FilterChip } from './filter-chips';

interface FilterChipsProps {
  chips: FilterChip[];
  value: ExcerptFilter;
  onChange: (f: ExcerptFilter) => void;
  onClear: () => void;
}

/** The filter in words, one removable chip per chosen value, so what narrows the list is never hidden. */
export function FilterChips({ chips, value, onChange, onClear }: FilterChipsProps) {
  if (chips.length === 0) return null;
  return (
    <Group gap={6} aria-label="Active filters" role="list">
      {chips.map((c) => (
        <Pill
          key={c.key}
          role="listitem"
          withRemoveButton
          removeButtonProps={{ 'aria-label': `Remove filter ${c.label}` }}
          onRemove={() => onChange(c.remove(value))}
          styles={{ root: { background: 'var(--mantine-color-brand-0)', color: 'var(--mantine-color-brand-9)' } }}
        >
          {c.colour && (
            <span
              style={{ display: 'inline-block', width: 8, height: 8, borderRadius: 2, marginRight: 5, background: c.colour }}
            />
          )}
          {c.label}
        </Pill>
      ))}
      <Button size="compact-xs" variant="subtle" color="gray" onClick={onClear}>
        Clear
      </Button>
    </Group>
  );
}
