import { SegmentedControl } from '@mantine/core';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import type { CellQuery } from './cell-query';
import { CrossTableCard } from './CrossTableCard';

interface CooccurrenceCardProps {
  mode: 'overlap' | 'turn';
  filter: ExcerptFilter;
  onMode: (mode: 'overlap' | 'turn') => void;
  onCell: (cell: CellQuery) => void;
}

const KEEP = { rows: false, cols: false };

/** Code × code: how often excerpts of one code overlap (or share a speaker turn with) excerpts of another. */
export function CooccurrenceCard({ mode, filter, onMode, onCell }: CooccurrenceCardProps) {
  const table = useOp('analysis.cooccurrence', { mode, filter }, { placeholderData: (prev) => prev });
  return (
    <CrossTableCard
      title="Code co-occurrence"
      description={
        mode === 'overlap'
          ? 'Excerpts of the row’s code that overlap an excerpt of the column’s code.'
          : 'Excerpts of the row’s code in the same speaker turn or paragraph as an excerpt of the column’s code.'
      }
      rowName="Code"
      colName="Code"
      table={table.data}
      error={table.error}
      keepEmpty={KEEP}
      chart={false}
      controls={
        <SegmentedControl
          size="xs"
          aria-label="Co-occurrence"
          value={mode}
          onChange={(v) => onMode(v as 'overlap' | 'turn')}
          data={[
            { value: 'overlap', label: 'Overlapping' },
            { value: 'turn', label: 'Same turn' },
          ]}
        />
      }
      onCell={(row, col, count) =>
        onCell({
          kind: 'cooccurrence',
          title: row && col ? `${row.label.trim()} with ${col.label.trim()}` : row ? `${row.label.trim()} with any other code` : 'Excerpts that meet another code',
          count,
          rowCodeId: row?.key ?? null,
          colCodeId: col?.key ?? null,
          rowLabel: row?.label.trim() ?? null,
          colLabel: col?.label.trim() ?? null,
          mode,
          filter,
        })
      }
    />
  );
}
