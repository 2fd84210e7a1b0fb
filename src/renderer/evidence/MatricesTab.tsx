import { Group, SegmentedControl, Select, Stack, Switch, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Axis, ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import { attributeKeysOf } from '../components/attribute-keys';
import { ExcerptFilterBar } from '../excerpts/ExcerptFilterBar';
import { AnalysisCard } from './AnalysisCard';
import type { CellQuery } from './cell-query';
import { CooccurrenceCard } from './CooccurrenceCard';

export type MatrixKind = 'cooccurrence' | 'case' | 'attribute' | 'phase';

export interface MatrixChoice {
  kind: MatrixKind;
  topOnly: boolean;
  mode: 'overlap' | 'turn';
  /** 'sector' | 'organisation' | 'group' | 'level' | 'role', or `attr:NAME` for a participant attribute. */
  attribute: string;
  /** Which excerpts every matrix counts (only Iteration 1, only government speakers…). */
  filter: ExcerptFilter;
}

export const DEFAULT_MATRIX: MatrixChoice = { kind: 'cooccurrence', topOnly: false, mode: 'overlap', attribute: 'sector', filter: {} };

interface MatricesTabProps {
  choice: MatrixChoice;
  onChoice: (c: MatrixChoice) => void;
  onCell: (cell: CellQuery) => void;
}

const FIXED_ATTRIBUTES = [
  { value: 'sector', label: 'Sector' },
  { value: 'organisation', label: 'Organisation' },
  { value: 'group', label: 'Lab or comparison group' },
  { value: 'level', label: 'Level' },
  { value: 'role', label: 'Role' },
];

function attributeAxis(value: string): Axis {
  if (value.startsWith('attr:')) return { kind: 'attribute', name: value.slice(5) };
  return { kind: value as 'sector' | 'organisation' | 'group' | 'level' | 'role' };
}

/** The matrices QDA users expect: code × code, code × case, code × attribute value, code × phase. */
export function MatricesTab({ choice, onChoice, onCell }: MatricesTabProps) {
  const participants = useOp('participants.list', {}).data;
  const attributes = useMemo(() => {
    const free = attributeKeysOf(participants ?? []).map((k) => ({ value: `attr:${k}`, label: k }));
    return free.length ? [{ group: 'Participant', items: FIXED_ATTRIBUTES }, { group: 'Free attributes', items: free }] : FIXED_ATTRIBUTES;
  }, [participants]);
  const set = (patch: Partial<MatrixChoice>) => onChoice({ ...choice, ...patch });
  const codeAxis: Axis = { kind: choice.topOnly ? 'topCode' : 'code' };
  const codeName = choice.topOnly ? 'Top-level code' : 'Code';
  const attrLabel = [...FIXED_ATTRIBUTES, ...attributeKeysOf(participants ?? []).map((k) => ({ value: `attr:${k}`, label: k }))].find((a) => a.value === choice.attribute)?.label ?? 'Attribute';
  const topSwitch = (
    <Switch size="xs" label="Top-level codes only" checked={choice.topOnly} onChange={(e) => set({ topOnly: e.currentTarget.checked })} />
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          aria-label="Matrix"
          value={choice.kind}
          onChange={(v) => set({ kind: v as MatrixKind })}
          data={[
            { value: 'cooccurrence', label: 'Code × code' },
            { value: 'case', label: 'Code × case' },
            { value: 'attribute', label: 'Code × attribute' },
            { value: 'phase', label: 'Code × phase' },
          ]}
        />
        <Text size="xs" c="dimmed">
          Shading grows with the count. Click a number to see its excerpts; Copy pastes into a spreadsheet.
        </Text>
      </Group>
      <ExcerptFilterBar value={choice.filter} onChange={(filter) => set({ filter })} />
      {choice.kind === 'cooccurrence' && <CooccurrenceCard mode={choice.mode} filter={choice.filter} onMode={(mode) => set({ mode })} onCell={onCell} />}
      {choice.kind === 'case' && (
        <AnalysisCard
          title="Codes by case"
          description="How many excerpts of each code each participant said (mapped speakers only)."
          rows={codeAxis}
          cols={{ kind: 'participant' }}
          rowName={codeName}
          colName="Participant"
          keepEmpty={{ rows: false, cols: false }}
          chart={false}
          controls={topSwitch}
          filter={choice.filter}
          onCell={onCell}
        />
      )}
      {choice.kind === 'attribute' && (
        <AnalysisCard
          title={`Codes by ${attrLabel.toLowerCase()}`}
          description="Excerpts of each code by the speaker’s attribute."
          rows={codeAxis}
          cols={attributeAxis(choice.attribute)}
          rowName={codeName}
          colName={attrLabel}
          keepEmpty={{ rows: false, cols: false }}
          chart={false}
          controls={
            <>
              <Select
                size="xs"
                aria-label="Attribute"
                w={220}
                allowDeselect={false}
                data={attributes}
                value={choice.attribute}
                onChange={(v) => v && set({ attribute: v })}
              />
              {topSwitch}
            </>
          }
          filter={choice.filter}
          onCell={onCell}
        />
      )}
      {choice.kind === 'phase' && (
        <AnalysisCard
          title="Code frequency per phase"
          description="How often each code was applied in the sources of each phase."
          rows={codeAxis}
          cols={{ kind: 'phase' }}
          rowName={codeName}
          colName="Phase"
          keepEmpty={{ rows: false, cols: true }}
          chart={false}
          controls={topSwitch}
          filter={choice.filter}
          onCell={onCell}
        />
      )}
    </Stack>
  );
}
