import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconSelector } from '@tabler/icons-react';
import {
  flexRender,
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type Column,
  type ColumnDef,
  type OnChangeFn,
  type RowData,
  type RowSelectionState,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useRemPx } from '../text-size/use-rem-px';
import classes from './VirtualTable.module.css';

declare module '@tanstack/react-table' {
  // Declaration merging needs TanStack's own type parameters, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    /** A column of numbers: right-aligned, with figures of equal width so they line up. */
    numeric?: boolean;
  }
}

// In rem, so rows and columns grow with the text size; the virtualizer and the column sizes need px.
const ROW_HEIGHT_REM = 2.5;
/** Also the `left` of the pinned column in VirtualTable.module.css, through --select-width. */
const SELECT_WIDTH_REM = 2.75;

interface VirtualTableProps<T, V> {
  /** The table's accessible name, e.g. “Participants”. */
  label: string;
  rows: T[];
  columns: ColumnDef<T, V>[];
  rowId: (row: T) => string;
  /** How the row's checkbox names it: “Select …”. */
  rowName: (row: T) => string;
  selectAllLabel: string;
  /** The column that stays in view while the user scrolls sideways through the others. */
  pinned: string;
  /** Widen the columns to the scroll area when they add up to less (a table of few columns). */
  fillWidth?: boolean;
  selection: RowSelectionState;
  onSelectionChange: OnChangeFn<RowSelectionState>;
  onOpen: (row: T) => void;
}

/**
 * The house table: sortable, selectable and virtualised. Only the rows in view are in the page, so a lab of
 * thousands of participants or transcripts stays smooth.
 */
export function VirtualTable<T, V>(props: VirtualTableProps<T, V>) {
  const { label, rows: data, columns, rowId, rowName, selectAllLabel, pinned, fillWidth } = props;
  const { selection, onSelectionChange, onOpen } = props;
  const [sorting, setSorting] = useState<SortingState>([]);
  // TanStack Table returns a new API object each render by design; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const table = useReactTable({
    data,
    columns,
    state: { sorting, rowSelection: selection },
    getRowId: rowId,
    onSortingChange: setSorting,
    onRowSelectionChange: onSelectionChange,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const remPx = useRemPx();
  const scale = remPx / 16;
  const rowHeight = ROW_HEIGHT_REM * remPx;
  const selectWidth = SELECT_WIDTH_REM * remPx;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  // Rows measured at the old text size would keep their old height.
  useEffect(() => virtualizer.measure(), [virtualizer, rowHeight]);
  const items = virtualizer.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  const width = selectWidth + table.getTotalSize() * scale;
  const span = columns.length + 1;
  const cellClass = (column: Column<T, unknown>) => {
    if (column.id === pinned) return classes.pinned;
    return column.columnDef.meta?.numeric ? classes.numeric : undefined;
  };

  return (
    <div ref={scrollRef} className={classes.scroll}>
      <table
        className={classes.table}
        style={{ width, ...(fillWidth && { minWidth: '100%' }), ['--select-width' as string]: `${selectWidth}px` }}
        aria-label={label}
        aria-rowcount={rows.length + 1}
      >
        <colgroup>
          <col style={{ width: selectWidth }} />
          {table.getFlatHeaders().map((h) => (
            <col key={h.id} style={{ width: h.getSize() * scale }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={classes.check}>
              <Checkbox
                size="xs"
                aria-label={selectAllLabel}
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
                  className={cellClass(h.column)}
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
            const original = row.original;
            return (
              <tr
                key={row.id}
                aria-rowindex={item.index + 2}
                aria-selected={row.getIsSelected()}
                data-selected={row.getIsSelected() || undefined}
                className={classes.row}
                style={{ height: rowHeight }}
                tabIndex={0}
                onClick={() => onOpen(original)}
                onKeyDown={(e) => {
                  // Enter on a control inside the row (a checkbox, a link in a cell) is that control's own.
                  if (e.key === 'Enter' && e.target === e.currentTarget) onOpen(original);
                }}
              >
                <td className={classes.check} onClick={(e) => e.stopPropagation()}>
                  <Checkbox
                    size="xs"
                    aria-label={`Select ${rowName(original)}`}
                    checked={row.getIsSelected()}
                    onChange={row.getToggleSelectedHandler()}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cellClass(cell.column)}>
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
