import type { CrossTable } from '../../shared/domain/evidence';

export interface GridItem {
  key: string;
  label: string;
}

/** A cross-table ready to draw: the rows and columns to show, and counts looked up by key. */
export interface CrossGrid {
  rows: GridItem[];
  cols: GridItem[];
  count: (row: string, col: string) => number;
  rowTotal: (row: string) => number;
  /** Null where the table has no column totals (co-occurrence: a column's total would mean nothing new). */
  colTotal: (col: string) => number | null;
  total: number;
  /** The largest cell: what the heat shading is relative to. */
  max: number;
}

/**
 * Builds the grid. Axes whose items are a fixed vocabulary the documenter reads for gaps (phases, evidence
 * values) keep their empty rows and columns; open-ended ones (sectors, codes, people) drop them.
 */
export function crossGrid(t: CrossTable, keepEmpty: { rows: boolean; cols: boolean }): CrossGrid {
  const cells = new Map<string, number>();
  const usedRows = new Set<string>();
  const usedCols = new Set<string>();
  let max = 0;
  for (const c of t.cells) {
    cells.set(`${c.row}\u0000${c.col}`, c.count);
    usedRows.add(c.row);
    usedCols.add(c.col);
    max = Math.max(max, c.count);
  }
  const rowTotal = (k: string) => t.rowTotals[k] ?? 0;
  const withColTotals = t.cells.length === 0 || Object.keys(t.colTotals).length > 0;
  const colTotal = (k: string) => (withColTotals ? (t.colTotals[k] ?? 0) : null);
  return {
    rows: keepEmpty.rows ? t.rows : t.rows.filter((r) => usedRows.has(r.key)),
    cols: keepEmpty.cols ? t.cols : t.cols.filter((c) => usedCols.has(c.key)),
    count: (r, c) => cells.get(`${r}\u0000${c}`) ?? 0,
    rowTotal,
    colTotal,
    total: t.total,
    max,
  };
}

/** The strength of a cell's shading, 0 for an empty cell, rising with its share of the largest cell. */
export function heat(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return 0.1 + 0.5 * (count / max);
}
