import type { ReactNode } from 'react';
import type { Axis, ExcerptFilter } from '../../shared/domain/evidence';
import { useOp } from '../client/use-op';
import type { CellQuery } from './cell-query';
import type { GridItem } from './cross-grid';
import { CrossTableCard } from './CrossTableCard';

interface AnalysisCardProps {
  title: string;
  description?: string;
  rows: Axis;
  cols: Axis;
  rowName: string;
  colName: string;
  filter?: ExcerptFilter;
  keepEmpty: { rows: boolean; cols: boolean };
  chart?: boolean;
  controls?: ReactNode;
  onCell: (cell: CellQuery) => void;
}

/** “Research evidence × Iteration 1”, “Research evidence, all columns”, “All excerpts counted”. */
function cellTitle(row: GridItem | null, col: GridItem | null): string {
  if (row && col) return `${row.label.trim()} × ${col.label.trim()}`;
  if (row || col) return `${(row ?? col)!.label.trim()}: total`;
  return 'Every excerpt counted in the table';
}

/** A cross-table of excerpt counts over two axes, drawn as a card whose cells open their excerpts. */
export function AnalysisCard({ rows, cols, filter = {}, onCell, ...card }: AnalysisCardProps) {
  const table = useOp('analysis.crossTable', { rows, cols, filter }, { placeholderData: (prev) => prev });
  return (
    <CrossTableCard
      {...card}
      table={table.data}
      error={table.error}
      onCell={(row, col, count) =>
        onCell({ kind: 'cross', title: cellTitle(row, col), count, rows, cols, row: row?.key ?? null, col: col?.key ?? null, filter })
      }
    />
  );
}
