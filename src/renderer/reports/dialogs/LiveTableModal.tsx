import { Button, Group, Modal, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Axis, ExcerptFilter } from '../../../shared/domain/evidence';
import { TABLE_KINDS, type TableKind } from '../../../shared/domain/report';
import { useOp } from '../../client/use-op';
import { attributeKeysOf } from '../../components/attribute-keys';
import { isEmptyFilter } from '../../excerpts/excerpt-filter';
import { ExcerptFilterBar } from '../../excerpts/ExcerptFilterBar';
import { TABLE_KIND_LABELS } from '../block-labels';
import { BarChartView } from '../blocks/BarChartView';
import { DataTableView } from '../blocks/DataTableView';
import type { BlockAttrs } from '../report-context';
import { axisFromValue, axisOptions, axisValue } from './axis-options';

interface LiveTableModalProps {
  type: 'liveTable' | 'liveChart';
  /** The block's settings when editing one; null to insert a new one. */
  initial: BlockAttrs | null;
  /** The report's iteration, for the preview and the “this report's iteration” choice. */
  reportPhaseId: string | null;
  onClose: () => void;
  onApply: (attrs: BlockAttrs) => void;
}

interface Draft {
  kind: TableKind;
  title: string;
  phaseId: string | null;
  rows: Axis | null;
  cols: Axis | null;
  mode: 'overlap' | 'turn';
  filter: ExcerptFilter;
}

/** The kinds that count coded excerpts, and so can count only some of them. */
const FILTERABLE: readonly TableKind[] = ['crossTable', 'evidenceTypePhase', 'cooccurrence'];

const DESCRIPTIONS: Record<TableKind, string> = {
  participation: 'Attendance and participation rate at each convening, by sector.',
  targets: 'Each target of the iteration with its measures: baseline, latest value, target value and progress.',
  rubric: 'The scaling rubric’s 14 ingredients, scored at each time point.',
  evidenceTypePhase: 'How many excerpts carry each type of evidence, phase by phase.',
  codeFrequencies: 'How many excerpts each code has, and in how many sources.',
  crossTable: 'Excerpts counted by any two dimensions: codes, evidence tags, phases, speakers’ sectors, attributes…',
  cooccurrence: 'How often two codes are applied to overlapping passages or the same speaker turn.',
};

function draftOf(a: BlockAttrs | null): Draft {
  return {
    kind: (a?.kind as TableKind | undefined) ?? 'participation',
    title: String(a?.title ?? ''),
    phaseId: (a?.phaseId as string | null | undefined) ?? null,
    rows: (a?.rows as Axis | null | undefined) ?? { kind: 'code' },
    cols: (a?.cols as Axis | null | undefined) ?? { kind: 'sector' },
    mode: (a?.mode as 'overlap' | 'turn' | undefined) ?? 'overlap',
    filter: (a?.filter as ExcerptFilter | null | undefined) ?? {},
  };
}

/** Sets up a live table or chart, with a preview of what it shows in this lab now. */
export function LiveTableModal({ type, initial, reportPhaseId, onClose, onApply }: LiveTableModalProps) {
  const [d, setD] = useState<Draft>(() => draftOf(initial));
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const phases = useOp('timeline.get', {}).data?.phases ?? [];
  const dimensions = useOp('evidence.dimensions', {}).data;
  const participants = useOp('participants.list', {}).data;
  const axes = useMemo(() => axisOptions(dimensions ?? [], attributeKeysOf(participants ?? [])), [dimensions, participants]);
  const attrs: BlockAttrs = {
    ...(initial ?? {}),
    kind: d.kind,
    title: d.title.trim(),
    phaseId: d.kind === 'targets' ? d.phaseId : null,
    rows: d.kind === 'crossTable' ? d.rows : null,
    cols: d.kind === 'crossTable' ? d.cols : null,
    mode: d.mode,
    filter: FILTERABLE.includes(d.kind) && !isEmptyFilter(d.filter) ? d.filter : null,
  };
  const preview = useOp('reports.preview', { node: { type, attrs: { ...attrs, id: 'preview' } }, phaseId: reportPhaseId }, { placeholderData: (p) => p });
  const what = type === 'liveChart' ? 'chart' : 'table';

  return (
    <Modal opened onClose={onClose} size="xl" title={initial ? `Change the live ${what}` : `Insert a live ${what}`}>
      <Stack gap="sm">
        <Select
          label="Shows"
          data={TABLE_KINDS.map((k) => ({ value: k, label: TABLE_KIND_LABELS[k] }))}
          value={d.kind}
          allowDeselect={false}
          onChange={(v) => v && set({ kind: v as TableKind })}
          description={DESCRIPTIONS[d.kind]}
        />
        {d.kind === 'targets' && (
          <Select
            label="Targets of"
            data={[{ value: '', label: reportPhaseId ? 'This report’s iteration' : 'Every iteration' }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
            value={d.phaseId ?? ''}
            allowDeselect={false}
            onChange={(v) => set({ phaseId: v || null })}
          />
        )}
        {d.kind === 'crossTable' && (
          <Group grow>
            <Select label="Rows" data={axes} value={axisValue(d.rows)} allowDeselect={false} searchable onChange={(v) => v && set({ rows: axisFromValue(v) })} />
            <Select label="Columns" data={axes} value={axisValue(d.cols)} allowDeselect={false} searchable onChange={(v) => v && set({ cols: axisFromValue(v) })} />
          </Group>
        )}
        {d.kind === 'cooccurrence' && (
          <SegmentedControl
            aria-label="Co-occurrence counts"
            value={d.mode}
            onChange={(v) => set({ mode: v as 'overlap' | 'turn' })}
            data={[
              { value: 'overlap', label: 'Overlapping passages' },
              { value: 'turn', label: 'Same speaker turn' },
            ]}
          />
        )}
        {FILTERABLE.includes(d.kind) && (
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              Count only the excerpts
            </Text>
            <ExcerptFilterBar value={d.filter} onChange={(filter) => set({ filter })} savedQueries={false} />
          </Stack>
        )}
        <TextInput label="Caption" placeholder={TABLE_KIND_LABELS[d.kind]} value={d.title} onChange={(e) => set({ title: e.currentTarget.value })} maxLength={300} />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" mt="xs">
          Preview: this lab now
        </Text>
        <ScrollArea.Autosize mah={320} type="auto">
          {preview.data?.kind === 'liveTable' && <DataTableView title={preview.data.title} table={preview.data.table} />}
          {preview.data?.kind === 'liveChart' && <BarChartView title={preview.data.title} chart={preview.data.chart} />}
          {(preview.error || (preview.data && 'error' in preview.data && preview.data.error)) && (
            <Text size="sm" c="red">
              {preview.error?.message ?? (preview.data as { error: string }).error}
            </Text>
          )}
        </ScrollArea.Autosize>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => onApply(attrs)}>{initial ? 'Apply' : `Insert ${what}`}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
