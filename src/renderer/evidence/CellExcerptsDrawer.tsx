import { Drawer, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useOp } from '../client/use-op';
import { QueryState } from '../components/QueryState';
import { ExcerptList } from '../excerpts/ExcerptList';
import type { CellQuery } from './cell-query';
import { excerptActions } from './excerpt-actions';

interface CellExcerptsDrawerProps {
  cell: CellQuery | null;
  onClose: () => void;
}

// Placeholders for the query that is not in use: react-query needs an input even when it is disabled.
const NO_CELL = { rows: { kind: 'phase' }, cols: { kind: 'phase' }, row: '', col: '' } as const;
const NO_PAIR = { rowCodeId: '', colCodeId: '', mode: 'overlap' } as const;

function describeCell(cell: CellQuery): string {
  const n = (one: string, many: string) => (cell.count === 1 ? one : `${cell.count} ${many}`);
  if (cell.kind === 'cross') {
    const where = cell.row === null && cell.col === null ? 'in the table' : cell.row === null || cell.col === null ? 'in this total' : 'in this cell';
    return `The ${n('excerpt', 'excerpts')} counted ${where}. Select some to tag them or link them to a memo; click one to read it in its source.`;
  }
  const meet = cell.mode === 'turn' ? 'share a speaker turn with' : 'overlap';
  if (cell.rowLabel && cell.colLabel) {
    return `The ${n(`${cell.rowLabel} excerpt`, `${cell.rowLabel} excerpts`)} counted in this cell, with the ${cell.colLabel} excerpts ${cell.count === 1 ? 'it' : 'they'} ${meet}.`;
  }
  const whose = cell.rowLabel ? `${cell.rowLabel} excerpts` : 'excerpts';
  return `The ${cell.count === 1 ? whose.replace(/s$/, '') : `${cell.count} ${whose}`} that ${cell.mode === 'turn' ? 'share a speaker turn with' : 'overlap'} an excerpt of another code.`;
}

/** The excerpts behind one cell of a table, with the same tagging and memo actions as any excerpt list. */
export function CellExcerptsDrawer({ cell, onClose }: CellExcerptsDrawerProps) {
  const cross = useOp(
    'analysis.cell',
    cell?.kind === 'cross' ? { rows: cell.rows, cols: cell.cols, row: cell.row, col: cell.col, filter: cell.filter } : NO_CELL,
    { enabled: cell?.kind === 'cross' },
  );
  const cooc = useOp(
    'analysis.cooccurrenceCell',
    cell?.kind === 'cooccurrence' ? { rowCodeId: cell.rowCodeId, colCodeId: cell.colCodeId, mode: cell.mode, filter: cell.filter } : NO_PAIR,
    { enabled: cell?.kind === 'cooccurrence' },
  );
  const ids = cell?.kind === 'cross' ? cross : cooc;
  const filter = useMemo(() => ({ excerptIds: ids.data ?? [] }), [ids.data]);

  return (
    <Drawer
      opened={cell !== null}
      onClose={onClose}
      position="right"
      size={760}
      title={cell?.title}
      styles={{ body: { height: 'calc(100% - 60px)', display: 'flex', flexDirection: 'column' } }}
    >
      {cell && (
        <Stack gap="sm" style={{ flex: 1, minHeight: 0 }}>
          <Text size="sm" c="dimmed">
            {describeCell(cell)}
          </Text>
          {!ids.data ? (
            <QueryState error={ids.error} label="excerpts of this cell" />
          ) : ids.data.length === 0 ? (
            <Text size="sm">No excerpt is in this cell any more: the lab has changed since the table was drawn.</Text>
          ) : (
            <ExcerptList
              filter={filter}
              label={cell.title}
              selectionActions={excerptActions}
            />
          )}
        </Stack>
      )}
    </Drawer>
  );
}
