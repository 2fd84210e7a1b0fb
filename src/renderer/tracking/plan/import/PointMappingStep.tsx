import { Group, NumberInput, Select, Stack, Text } from '@mantine/core';
import type { SheetPreview } from '../../../../shared/domain/sheet';
import { MappingProblems } from '../../sheets/MappingProblems';
import { SheetPreviewTable } from '../../sheets/SheetPreviewTable';
import { WorksheetSelect } from '../../sheets/WorksheetSelect';
import { hasMeasureColumn, POINT_FIELD_LABELS, type MeasureOption, type PointField, type PointMapping } from './point-mapping';

const FIELD_OPTIONS = (Object.keys(POINT_FIELD_LABELS) as PointField[]).map((f) => ({ value: f, label: POINT_FIELD_LABELS[f] }));

interface PointMappingStepProps {
  preview: SheetPreview;
  mapping: PointMapping;
  measures: MeasureOption[];
  fallback: string | null;
  dateOrder: 'DMY' | 'MDY';
  problems: string[];
  onMapping: (m: PointMapping) => void;
  onFallback: (id: string | null) => void;
  onDateOrder: (o: 'DMY' | 'MDY') => void;
  onReread: (patch: { sheet?: string; headerRow?: number }) => void;
}

export function PointMappingStep(p: PointMappingStepProps) {
  const { preview, mapping, measures } = p;
  const byColumn = hasMeasureColumn(mapping);
  const measureData = measures.map((m) => ({ value: m.id, label: m.name }));
  const dateColumn = preview.columns.find((c) => mapping.fields[c.letter] === 'date');
  return (
    <Stack gap="md">
      <Group gap="md" align="flex-end">
        <WorksheetSelect preview={preview} onSheet={(sheet) => p.onReread({ sheet })} />
        <NumberInput
          label="Header row"
          description="The row with the column names"
          value={preview.headerRow}
          min={1}
          onBlur={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isInteger(n) && n >= 1 && n !== preview.headerRow) p.onReread({ headerRow: n });
          }}
          w={160}
        />
        {!byColumn && (
          <Select
            label="Measure"
            description="For value columns that do not name their own"
            placeholder="Choose a measure"
            data={measureData}
            value={p.fallback}
            onChange={p.onFallback}
            searchable
            clearable
            w={260}
            nothingFoundMessage="No measure by that name"
          />
        )}
        {dateColumn && dateColumn.kind !== 'date' && (
          <Select
            label="Dates are written"
            data={[
              { value: 'DMY', label: 'Day first (31/01/2026)' },
              { value: 'MDY', label: 'Month first (01/31/2026)' },
            ]}
            value={p.dateOrder}
            onChange={(v) => v && p.onDateOrder(v as 'DMY' | 'MDY')}
            allowDeselect={false}
            w={220}
          />
        )}
      </Group>
      <SheetPreviewTable
        preview={preview}
        skipped={(c) => mapping.fields[c.letter] === 'skip'}
        mapping={(c) => (
          <Stack gap={4}>
            <Select
              size="xs"
              aria-label={`Column ${c.letter} holds`}
              data={FIELD_OPTIONS}
              value={mapping.fields[c.letter] ?? 'skip'}
              onChange={(v) => p.onMapping({ ...mapping, fields: { ...mapping.fields, [c.letter]: (v ?? 'skip') as PointField } })}
              allowDeselect={false}
            />
            {mapping.fields[c.letter] === 'value' && !byColumn && (
              <Select
                size="xs"
                aria-label={`Measure in column ${c.letter}`}
                placeholder={p.fallback ? 'The measure above' : 'Which measure?'}
                data={measureData}
                value={mapping.measures[c.letter] ?? null}
                onChange={(v) => p.onMapping({ ...mapping, measures: { ...mapping.measures, [c.letter]: v } })}
                searchable
                clearable
              />
            )}
          </Stack>
        )}
      />
      {p.problems.length > 0 ? (
        <MappingProblems problems={p.problems} />
      ) : (
        <Text size="sm" c="dimmed">
          The check reads every row and stores nothing. Measures are matched by name
          {byColumn ? ' (in the iteration each row’s date falls in when a name repeats)' : ''}.
        </Text>
      )}
    </Stack>
  );
}
