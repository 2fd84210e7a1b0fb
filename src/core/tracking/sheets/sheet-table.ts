import type { SheetColumn, SheetPreview, SheetSource } from '../../../shared/domain/sheet';
import { OpError } from '../../errors';
import { cellText, isEmpty, normalise, parseDate, parseNumber, type Cell } from './cell-values';
import { readGrid, type Grid } from './read-sheet';

export interface Column {
  letter: string;
  index: number;
  header: string;
}

/** A sheet read for import: named columns and the data rows under the header, empty rows left out. */
export interface SheetTable {
  fileName: string;
  sheets: string[];
  sheet: string;
  headerRow: number;
  columns: Column[];
  rows: { row: number; cells: Cell[] }[];
  emptyRows: number;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Cells that hold their own value: a merged cell counts once, at its top-left. */
function ownCells(grid: Grid, r: number): number {
  return grid.rows[r]!.filter((c, i) => !isEmpty(c) && !grid.merged.has(`${r + 1}:${i + 1}`)).length;
}

/**
 * The header is the first row with two or more cells of its own, so a title merged across the top (“Reading
 * data, Iteration 1”) is passed over; a sheet with a single column takes its first filled row.
 */
function findHeader(grid: Grid): number {
  const filled = grid.rows.map((_, r) => r).filter((r) => ownCells(grid, r) > 0);
  if (filled.length === 0) throw new OpError('UNREADABLE_FILE', `“${grid.fileName}” has no data (sheet “${grid.sheet}” is empty).`);
  return filled.slice(0, 20).find((r) => ownCells(grid, r) >= 2) ?? filled[0]!;
}

export async function readTable(source: SheetSource): Promise<SheetTable> {
  return tableOf(await readGrid(source), source.headerRow);
}

/** A grid's header and data rows; `headerRow` (1-based) when the caller names it, else found. */
export function tableOf(grid: Grid, headerRow?: number): SheetTable {
  let h: number;
  if (headerRow !== undefined) {
    if (headerRow > grid.rows.length) {
      throw new OpError('INVALID_INPUT', `headerRow: sheet “${grid.sheet}” of “${grid.fileName}” has only ${grid.rows.length} rows`);
    }
    h = headerRow - 1;
  } else {
    h = findHeader(grid);
  }
  const width = grid.rows[0]?.length ?? 0;
  const taken = new Map<string, number>();
  const columns = Array.from({ length: width }, (_, i): Column => {
    const letter = columnLetter(i);
    // A header merged over several columns names each of them: “Score”, “Score (2)”.
    let header = cellText(grid.rows[h]![i] ?? null).trim() || `Column ${letter}`;
    const key = normalise(header);
    const n = (taken.get(key) ?? 0) + 1;
    taken.set(key, n);
    if (n > 1) header = `${header} (${n})`;
    return { letter, index: i, header };
  });
  const rows: SheetTable['rows'] = [];
  let emptyRows = 0;
  for (let r = h + 1; r < grid.rows.length; r++) {
    const cells = grid.rows[r]!;
    if (cells.every(isEmpty)) emptyRows++;
    else rows.push({ row: r + 1, cells });
  }
  return { fileName: grid.fileName, sheets: grid.sheets, sheet: grid.sheet, headerRow: h + 1, columns, rows, emptyRows };
}

/** A column by its header (case and spacing ignored) or, failing that, by its letter. */
export function findColumn(table: SheetTable, ref: string, field: string): Column {
  const wanted = normalise(ref);
  const byHeader = table.columns.find((c) => normalise(c.header) === wanted);
  if (byHeader) return byHeader;
  const byLetter = /^[a-z]{1,3}$/i.test(ref.trim()) ? table.columns.find((c) => c.letter === ref.trim().toUpperCase()) : undefined;
  if (byLetter) return byLetter;
  const list = table.columns.map((c) => `${c.letter} “${c.header}”`).join(', ');
  throw new OpError('INVALID_INPUT', `${field}: sheet “${table.sheet}” has no column “${ref}” (its columns: ${list || 'none'})`);
}

function kindOf(cells: Cell[]): SheetColumn['kind'] {
  const filled = cells.filter((c) => !isEmpty(c));
  if (filled.length === 0) return 'empty';
  if (filled.every((c) => typeof c === 'object' || (typeof c === 'string' && /\d/.test(c) && parseDate(c, 'DMY').ok && !parseNumber(c).ok))) return 'date';
  if (filled.every((c) => parseNumber(c).ok)) return 'number';
  if (filled.every((c) => typeof c === 'string' && !parseNumber(c).ok)) return 'text';
  return 'mixed';
}

const PREVIEW_ROWS = 20;

export function previewOf(table: SheetTable): SheetPreview {
  return {
    fileName: table.fileName,
    sheets: table.sheets,
    sheet: table.sheet,
    headerRow: table.headerRow,
    columns: table.columns.map((c) => ({ letter: c.letter, header: c.header, kind: kindOf(table.rows.map((r) => r.cells[c.index] ?? null)) })),
    rows: table.rows.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, cells: r.cells.map(cellText) })),
    dataRows: table.rows.length,
    emptyRows: table.emptyRows,
  };
}

export async function previewSheet(source: SheetSource): Promise<SheetPreview> {
  return previewOf(await readTable(source));
}
