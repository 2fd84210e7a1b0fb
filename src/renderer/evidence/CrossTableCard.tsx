import { Card, Group, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import type { CrossTable } from '../../shared/domain/evidence';
import type { WorkbenchError } from '../../shared/contract/errors';
import { QueryState } from '../components/QueryState';
import { CopyTableButton } from './CopyTableButton';
import { crossGrid, type GridItem } from './cross-grid';
import { crossGridTsv } from './cross-table-tsv';
import { CrossTableChart } from './CrossTableChart';
import classes from './CrossTableCard.module.css';
import { CrossTableGrid } from './CrossTableGrid';

interface CrossTableCardProps {
  title: string;
  description?: string;
  /** The two axes' names, e.g. "Evidence type" and "Phase". */
  rowName: string;
  colName: string;
  table: CrossTable | undefined;
  error: WorkbenchError | null;
  keepEmpty: { rows: boolean; cols: boolean };
  chart?: boolean;
  /** Controls beside the title, e.g. a choice of attribute. */
  controls?: ReactNode;
  /** A count was clicked; a null row or column means a total. */
  onCell: (row: GridItem | null, col: GridItem | null, count: number) => void;
}

/** One analysis: title, a stacked bar chart, the count table with totals, click-through and Copy. */
export function CrossTableCard({ title, description, rowName, colName, table, error, keepEmpty, chart = true, controls, onCell }: CrossTableCardProps) {
  const grid = useMemo(() => (table ? crossGrid(table, keepEmpty) : null), [table, keepEmpty]);
  const caption = `${rowName} × ${colName}`;
  const empty = grid && (grid.total === 0 || grid.rows.length === 0 || grid.cols.length === 0);
  return (
    <Card component="section" padding="md" radius="md" aria-label={title}>
      <Group justify="space-between" align="flex-start" mb="sm" wrap="nowrap">
        <div>
          <Text fw={600}>{title}</Text>
          {description && (
            <Text size="xs" c="dimmed">
              {description}
            </Text>
          )}
        </div>
        <Group gap="xs" wrap="nowrap">
          {controls}
          {grid && !empty && <CopyTableButton what={caption} text={() => crossGridTsv(grid, caption)} />}
        </Group>
      </Group>
      {!grid ? (
        <QueryState error={error} label={caption.toLowerCase()} />
      ) : empty ? (
        <Text size="sm" c="dimmed" py="lg" ta="center">
          No excerpts to count here yet.
        </Text>
      ) : (
        <div className={classes.body}>
          <div className={classes.table}>
            <CrossTableGrid grid={grid} caption={caption} corner={caption} onCell={onCell} />
          </div>
          {chart && (
            <div className={classes.chart}>
              <CrossTableChart grid={grid} />
            </div>
          )}
        </div>
      )}
    </Card>
  );
}
