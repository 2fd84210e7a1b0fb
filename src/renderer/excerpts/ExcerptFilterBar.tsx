import { Button, Divider, Group, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { TIME_POINTS, type TimePoint } from '../../shared/domain/tracking';
import { KIND_OPTIONS } from '../sources/source-labels';
import { TIME_POINT_LABELS } from '../tracking/tracking-labels';
import { CheckList } from './CheckList';
import { CodeFilterPicker } from './CodeFilterPicker';
import { attributeValues, cleanFilter, isEmptyFilter, setAttribute, toggleValue } from './excerpt-filter';
import { FilterChips } from './FilterChips';
import { filterChips } from './filter-chips';
import { FilterPopover } from './FilterPopover';
import { SavedQueriesMenu } from './SavedQueriesMenu';
import { SaveQueryModal } from './SaveQueryModal';
import { SpeakerFilterPicker } from './SpeakerFilterPicker';
import { SurveyFilterPicker } from './SurveyFilterPicker';
import { useFilterLists } from './use-filter-lists';

interface ExcerptFilterBarProps {
  value: ExcerptFilter;
  onChange: (f: ExcerptFilter) => void;
  /** Offer "Save as…" and the saved queries (default: yes). */
  savedQueries?: boolean;
}

/**
 * Edits an excerpt filter: a menu per kind of condition, the active conditions as removable chips, Clear, and
 * saved queries. Within a menu any ticked value matches; across menus every condition must hold.
 */
export function ExcerptFilterBar({ value, onChange, savedQueries = true }: ExcerptFilterBarProps) {
  const lists = useFilterLists();
  const [saving, setSaving] = useState(false);
  const chips = useMemo(() => filterChips(value, lists.vocabulary), [value, lists.vocabulary]);
  const set = (f: ExcerptFilter) => onChange(cleanFilter(f));
  const evidenceCount = value.evidence?.length ?? 0;
  const attributeCount = (value.attributes ?? []).reduce((n, a) => n + a.values.length, 0);

  return (
    <Stack gap={8}>
      <Group gap={6} wrap="wrap">
        <Group gap={6} wrap="wrap" role="toolbar" aria-label="Filter excerpts">
          <CodeFilterPicker codes={lists.codes} value={value} onChange={set} />
          <FilterPopover label="Evidence" count={evidenceCount} width={320}>
            {lists.dimensions.map((d, i) => (
              <div key={d.id}>
                {i > 0 && <Divider my={4} />}
                <CheckList
                  title={d.label}
                  items={d.values.map((v) => ({ value: v.id, label: v.label, hint: v.description }))}
                  selected={value.evidence ?? []}
                  onToggle={(id) => set(toggleValue(value, 'evidence', id))}
                />
              </div>
            ))}
          </FilterPopover>
          <FilterPopover label="Phase" count={value.phaseIds?.length ?? 0}>
            <CheckList
              title="Phase"
              items={lists.phases.map((p) => ({ value: p.id, label: p.name }))}
              selected={value.phaseIds ?? []}
              onToggle={(id) => set(toggleValue(value, 'phaseIds', id))}
              empty="The lab has no phases yet."
            />
          </FilterPopover>
          <FilterPopover label="Convening" count={value.conveningIds?.length ?? 0}>
            <CheckList
              title="Convening"
              items={lists.convenings.map((c) => ({ value: c.id, label: c.name }))}
              selected={value.conveningIds ?? []}
              onToggle={(id) => set(toggleValue(value, 'conveningIds', id))}
              empty="The lab has no convenings yet."
            />
          </FilterPopover>
          <FilterPopover label="Source kind" count={value.sourceKinds?.length ?? 0}>
            <CheckList
              title="Source kind"
              items={KIND_OPTIONS}
              selected={value.sourceKinds ?? []}
              onToggle={(k) => set(toggleValue(value, 'sourceKinds', k as (typeof KIND_OPTIONS)[number]['value']))}
            />
          </FilterPopover>
          <FilterPopover label="Time point" count={value.timePoints?.length ?? 0}>
            <CheckList
              title="Survey time point"
              items={TIME_POINTS.map((t) => ({ value: t, label: TIME_POINT_LABELS[t] }))}
              selected={value.timePoints ?? []}
              onToggle={(t) => set(toggleValue(value, 'timePoints', t as TimePoint))}
            />
          </FilterPopover>
          <SpeakerFilterPicker roles={lists.roles} value={value} onChange={set} />
          <FilterPopover label="Attribute" count={attributeCount} disabled={lists.attributes.length === 0}>
            {lists.attributes.map((a, i) => (
              <div key={a.name}>
                {i > 0 && <Divider my={4} />}
                <CheckList
                  title={a.name}
                  items={a.values.map((v) => ({ value: v, label: v }))}
                  selected={attributeValues(value, a.name)}
                  onToggle={(v) => {
                    const have = attributeValues(value, a.name);
                    set(setAttribute(value, a.name, have.includes(v) ? have.filter((x) => x !== v) : [...have, v]));
                  }}
                />
              </div>
            ))}
          </FilterPopover>
          <SurveyFilterPicker items={lists.surveyItems} value={value} onChange={set} />
          <FilterPopover label="Coder" count={(value.coderIds?.length ?? 0) + (value.suggested ? 1 : 0)}>
            <CheckList
              title="Coded by"
              items={lists.coders.map((c) => ({ value: c.id, label: c.name }))}
              selected={value.coderIds ?? []}
              onToggle={(id) => set(toggleValue(value, 'coderIds', id))}
            />
            <CheckList
              title="Coding assistant"
              items={[{ value: 'suggested', label: 'Accepted from suggestions' }]}
              selected={value.suggested ? ['suggested'] : []}
              onToggle={() => set({ ...value, suggested: !value.suggested })}
            />
          </FilterPopover>
        </Group>
        {savedQueries && (
          <Group gap={6} ml="auto">
            <SavedQueriesMenu onLoad={set} />
            <Button
              size="xs"
              variant="default"
              leftSection={<IconDeviceFloppy size={14} />}
              disabled={isEmptyFilter(value)}
              onClick={() => setSaving(true)}
            >
              Save as…
            </Button>
          </Group>
        )}
      </Group>
      <FilterChips chips={chips} value={value} onChange={set} onClear={() => set({})} />
      {savedQueries && <SaveQueryModal opened={saving} filter={cleanFilter(value)} onClose={() => setSaving(false)} />}
    </Stack>
  );
}
