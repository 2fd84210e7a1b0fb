import { UnstyledButton } from '@mantine/core';
import { heat, type CrossGrid, type GridItem } from './cross-grid';
import classes from './CrossTableGrid.module.css';

interface CrossTableGridProps {
  grid: CrossGrid;
  /** Names the two axes, e.g. "Evidence type × Phase". */
  caption: string;
  corner: string;
  onCell: (row: GridItem | null, col: GridItem | null, count: number) => void;
}

/** A total that opens the excerpts it counts. */
function TotalButton({ n, label, onClick }: { n: number; label: string; onClick: () => void }) {
  if (!n) return null;
  return (
    <UnstyledButton className={classes.cell} aria-label={`${label}: ${n} ${n === 1 ? 'excerpt' : 'excerpts'}, open`} onClick={onClick}>
      {n.toLocaleString()}
    </UnstyledButton>
  );
}

/** Code labels come indented by depth with leading spaces; the table indents with padding instead. */
function RowLabel({ label }: { label: string }) {
  const depth = Math.floor((label.length - label.trimStart().length) / 2);
  return <span style={{ paddingLeft: depth * 14 }}>{label.trim() || '—'}</span>;
}

/** A count table with totals; cells are shaded by size, empty ones left blank, and each count (totals too) opens its excerpts. */
export function CrossTableGrid({ grid, caption, corner, onCell }: CrossTableGridProps) {
  return (
    <div className={classes.scroll}>
      <table className={classes.table} aria-label={caption}>
        <thead>
          <tr>
            <th scope="col" className={classes.corner}>
              {corner}
            </th>
            {grid.cols.map((c) => (
              <th key={c.key} scope="col" title={c.label}>
                {c.label.trim()}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row" className={classes.rowHead} title={r.label.trim()}>
                <RowLabel label={r.label} />
              </th>
              {grid.cols.map((c) => {
                const n = grid.count(r.key, c.key);
                const alpha = heat(n, grid.max);
                return (
                  <td key={c.key} style={alpha ? { background: `rgba(25, 119, 140, ${alpha.toFixed(3)})` } : undefined}>
                    {n > 0 && (
                      <UnstyledButton
                        className={classes.cell}
                        style={alpha > 0.45 ? { fontWeight: 600 } : undefined}
                        aria-label={`${r.label.trim()} × ${c.label.trim()}: ${n} ${n === 1 ? 'excerpt' : 'excerpts'}, open`}
                        onClick={() => onCell(r, c, n)}
                      >
                        {n.toLocaleString()}
                      </UnstyledButton>
                    )}
                  </td>
                );
              })}
              <td className={classes.total}>
                <TotalButton n={grid.rowTotal(r.key)} label={`${r.label.trim()}, total`} onClick={() => onCell(r, null, grid.rowTotal(r.key))} />
              </td>
            </tr>
          ))}
          <tr className={classes.totalRow}>
            <th scope="row" className={classes.rowHead}>
              Total
            </th>
            {grid.cols.map((c) => {
              const n = grid.colTotal(c.key) ?? 0;
              return (
                <td key={c.key} className={classes.total}>
                  <TotalButton n={n} label={`${c.label.trim()}, total`} onClick={() => onCell(null, c, n)} />
                </td>
              );
            })}
            <td className={classes.total}>
              <TotalButton n={grid.total} label="Grand total" onClick={() => onCell(null, null, grid.total)} />
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
