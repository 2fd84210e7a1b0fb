import { Text } from '@mantine/core';
import type { DataTable, TableCell } from '../../../shared/domain/report';
import classes from './blocks.module.css';

function cell(v: TableCell): string {
  if (v === null) return '–';
  return typeof v === 'number' ? v.toLocaleString() : v;
}

/** A live table as the Word export writes it: a header row, the rows, a total row and the note under it. */
export function DataTableView({ title, table }: { title: string; table: DataTable }) {
  if (table.columns.length === 0) return null;
  const numeric = table.columns.map((c) => c.numeric);
  return (
    <div className={classes.tableScroll}>
      <table className={classes.table}>
        {title && <caption>{title}</caption>}
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} className={c.numeric ? classes.num : undefined} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => (
            <tr key={i}>
              {r.map((v, j) => (
                <td key={j} className={numeric[j] ? classes.num : undefined}>
                  {cell(v)}
                </td>
              ))}
            </tr>
          ))}
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length}>
                <Text size="sm" c="dimmed">
                  Nothing to count yet.
                </Text>
              </td>
            </tr>
          )}
        </tbody>
        {table.footer && (
          <tfoot>
            <tr>
              {table.footer.map((v, j) => (
                <td key={j} className={numeric[j] ? classes.num : undefined}>
                  {cell(v)}
                </td>
              ))}
            </tr>
          </tfoot>
        )}
      </table>
      {table.note && (
        <Text size="xs" c="dimmed" mt={4}>
          {table.note}
        </Text>
      )}
    </div>
  );
}
