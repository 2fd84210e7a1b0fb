import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type OnChangeFn,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import type { SourceSummary } from '../../shared/domain/source';
import type { SourceColumn } from './source-columns';
import classes from './SourcesTable.module.css';

const ROW_HEIGHT = 40;
const SELECT_WIDTH = 44;
const PINNED = 'title';
const NUMERIC = new Set(['words', 'excerpts']);

function cellClass(id: string): string | undefined {
  if (id === PINNED) return classes.pinned;
  return NUMERIC.has(id) ? classes.numeric : undefined;
}

interface SourcesTableProps {
  sources: SourceSummary[];
  columns: SourceColumn[];
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  onOpen: (s: SourceSummary) => void;
}

/** The house table: sortable, selectable and virtualised, so a lab of a thousand transcripts stays smooth. */
export function SourcesTable({ sources, columns, selection, onSelectionChange, onOpen }: SourcesTableProps) {
  const [sorting, setSorting] = useState<SortingState>([]);
  // TanStack Table returns a new API object each render by design; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data: sources,
    columns,
    state: { sorting, rowSelection: selection },
    getRowId: (s) => s.id,
    onSortingChange: setSorting,
    onRowSelectionChange: onSelectionChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = SELECT_WIDTH + table.getTotalSize();
  const span = columns.length + 1;

  return (
    <div ref={scrollRef} className={classes.scroll}>
      <table
        className={classes.table}
        style={{ width, minWidth: '100%' }}
        aria-label="Sources"
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          <col style={{ width: SELECT_WIDTH }} />
          {table.getFlatHeaders().map((h) => (
            <col key={h.id} style={{ width: h.getSize() }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={classes.check}>
              <Checkbox
                size="xs"
                aria-label="Select all shown sources"
                checked={table.getIsAllRowsSelected()}
                indeterminate={table.getIsSomeRowsSelected()}
                onChange={table.getToggleAllRowsSelectedHandler()}
              />
            </th>
            {table.getFlatHeaders().map((h) => {
              const sorted = h.column.getIsSorted();
              const Icon = sorted === 'asc' ? IconArrowUp : sorted === 'desc' ? IconArrowDown : IconSelector;
              return (
                <th
                  key={h.id}
                  className={cellClass(h.column.id)}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                >
                  <UnstyledButton
                    className={classes.sort}
                    onClick={h.column.getToggleSortingHandler()}
                    data-sorted={sorted || undefined}
                  >
                    <Text span size="sm" fw={600} truncate>
                      {flexRender(h.column.columnDef.header, h.getContext())}
                    </Text>
                    <Icon size={14} className={classes.sortIcon} />
                  </UnstyledButton>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {padTop > 0 && (
            <tr aria-hidden>
              <td colSpan={span} style={{ height: padTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const row = rows[item.index]!;
            const s = row.original;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                data-selected={row.getIsSelected() || undefined}
                className={classes.row}
                style={{ height: ROW_HEIGHT }}
                tabIndex={0}
                onClick={() => onOpen(s)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(s);
                }}
              >
                <td className={classes.check} onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    size="xs"
                    aria-label={`Select ${s.title}`}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {padBottom > 0 && (
            <tr aria-hidden>
              <td colSpan={span} style={{ height: padBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
