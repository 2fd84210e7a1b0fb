import type ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { SheetSource } from '../../../shared/domain/sheet';
import { OpError } from '../../errors';
import { decodeText } from '../../ingest/text-encoding';
import { isEmpty, type Cell } from './cell-values';

/** A worksheet as a grid of cells; `merged` marks cells covered by a merged cell to their left or above. */
export interface Grid {
  fileName: string;
  sheets: string[];
  sheet: string;
  /** rows[i] is spreadsheet row i + 1. */
  rows: Cell[][];
  merged: Set<string>;
}

const XLSX = ['xlsx', 'xlsm'];
const CSV = ['csv', 'tsv', 'txt'];

async function bytesOf(source: SheetSource): Promise<{ name: string; bytes: Buffer }> {
  if (source.file) return { name: basename(source.file.name), bytes: Buffer.from(source.file.data, 'base64') };
  const path = source.path!;
  try {
    return { name: basename(path), bytes: await readFile(path) };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ENOENT') throw new OpError('NOT_FOUND', `There is no file at ${path}.`);
    if (code === 'EISDIR') throw new OpError('UNSUPPORTED_FORMAT', `${path} is a folder, not a spreadsheet.`);
    throw new OpError('UNREADABLE_FILE', `“${basename(path)}” could not be read (${code ?? 'unknown error'}).`);
  }
}

/** Reads an .xlsx or .csv file into a grid. Every failure is an OpError naming the file. */
export async function readGrid(source: SheetSource): Promise<Grid> {
  const { name, bytes } = await bytesOf(source);
  return gridOfBytes(name, bytes, source.sheet);
}

/** The same from bytes already read (the import's parse worker has them); `sheet` as in SheetSource. */
export async function gridOfBytes(name: string, bytes: Buffer, sheet: string | undefined): Promise<Grid> {
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (bytes.length === 0) throw new OpError('UNREADABLE_FILE', `“${name}” is empty.`);
  if (XLSX.includes(ext)) return readXlsx(name, bytes, sheet);
  if (CSV.includes(ext)) return readCsv(name, bytes, sheet);
  if (ext === 'xls' || ext === 'ods') {
    throw new OpError('UNSUPPORTED_FORMAT', `“${name}” is an older or OpenDocument spreadsheet; save it as .xlsx (Excel workbook) or .csv and import that.`);
  }
  throw new OpError('UNSUPPORTED_FORMAT', `Cannot read “${name}” as a spreadsheet: use an .xlsx workbook or a .csv file.`);
}

function cellOf(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateCell(v);
  // A cell formatted as a percentage holds 0.45 and shows 45%; the documenter means 45 (in a % unit).
  if (typeof v === 'number') return cell.numFmt?.includes('%') ? Number((v * 100).toPrecision(15)) : v;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (typeof v === 'object') {
    if ('result' in v) {
      const r = (v as { result?: unknown }).result;
      if (r instanceof Date) return dateCell(r);
      if (typeof r === 'number' || typeof r === 'boolean') return r;
      if (typeof r === 'string') return r.trim() || null;
      if (r && typeof r === 'object' && 'error' in r) return String((r as { error: unknown }).error);
      return null;
    }
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('').trim() || null;
    if ('text' in v) return String((v as { text: unknown }).text).trim() || null;
    if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return cell.text.trim() || null;
}

// Excel's day 0: a cell formatted as a time alone ("00:01:02") holds a fraction of a day after it.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * A date cell keeps its time when it has one: a transcript's "00:01:02" is a time cell (a date on Excel's day 0),
 * whose time is the elapsed time even past 24 hours ("[h]:mm:ss"); a later date keeps its time of day.
 */
function dateCell(d: Date): Cell {
  const ms = d.getTime();
  const date = d.toISOString().slice(0, 10);
  const time = ms < Date.UTC(1900, 0, 1) ? ms - EXCEL_EPOCH_MS : ms - Math.floor(ms / DAY_MS) * DAY_MS;
  return time > 0 ? { date, time } : { date };
}

async function readXlsx(name: string, bytes: Buffer, wanted: string | undefined): Promise<Grid> {
  // An .xlsx file is a zip package; anything else with that extension was renamed or is damaged.
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) {
    throw new OpError('UNREADABLE_FILE', `“${name}” is not an Excel workbook: its content is not an .xlsx package (was another file renamed?).`);
  }
  // Loaded on first use: exceljs takes a third of a second to load, which every CLI start would pay.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new OpError('UNREADABLE_FILE', `“${name}” could not be read as an Excel workbook; it may be damaged or password-protected (${(e as Error).message.split('\n')[0]}).`);
  }
  const sheets = wb.worksheets.map((w) => w.name);
  if (sheets.length === 0) throw new OpError('UNREADABLE_FILE', `“${name}” has no worksheets.`);
  let ws: ExcelJS.Worksheet | undefined;
  if (wanted) {
    const n = /^\d+$/.test(wanted) ? Number(wanted) : NaN;
    ws = wb.worksheets.find((w) => w.name.toLowerCase() === wanted.toLowerCase()) ?? (n >= 1 ? wb.worksheets[n - 1] : undefined);
    if (!ws) throw new OpError('INVALID_INPUT', `sheet: “${name}” has no sheet “${wanted}” (its sheets: ${sheets.join(', ')})`);
  } else {
    ws = wb.worksheets.find((w) => w.actualRowCount > 0) ?? wb.worksheets[0]!;
  }
  const rows: Cell[][] = [];
  const merged = new Set<string>();
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master.address !== cell.address) merged.add(`${r}:${c}`);
      cells.push(cellOf(cell));
    }
    rows.push(cells);
  }
  return { fileName: name, sheets, sheet: ws.name, rows: trimColumns(rows), merged };
}

function readCsv(name: string, bytes: Buffer, wanted: string | undefined): Grid {
  let text: string;
  try {
    text = decodeText(bytes, name).text;
  } catch (e) {
    if (!(e instanceof OpError)) throw e;
    throw new OpError('UNREADABLE_FILE', `“${name}” is not a CSV file: it holds binary data, not text. Is it a workbook saved with the wrong extension?`);
  }
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw new OpError('UNREADABLE_FILE', `“${name}”, row ${(broken.row ?? 0) + 1}: a quoted value is never closed, so the rows after it cannot be read.`);
  const sheet = name.replace(/\.[^.]+$/, '');
  if (wanted && wanted !== '1' && wanted.toLowerCase() !== sheet.toLowerCase()) {
    throw new OpError('INVALID_INPUT', `sheet: “${name}” is a CSV file and has only one sheet`);
  }
  const rows = parsed.data.map((r) => r.map((v): Cell => (v.trim() === '' ? null : v.trim())));
  return { fileName: name, sheets: [sheet], sheet, rows: trimColumns(rows), merged: new Set() };
}

/** Rows padded to one width, without the empty columns at the right (and trailing empty rows dropped). */
function trimColumns(rows: Cell[][]): Cell[][] {
  let width = 0;
  for (const r of rows) for (let c = r.length - 1; c >= width; c--) if (!isEmpty(r[c]!)) width = c + 1;
  let last = rows.length;
  while (last > 0 && rows[last - 1]!.every(isEmpty)) last--;
  return rows.slice(0, last).map((r) => Array.from({ length: width }, (_, c) => (isEmpty(r[c] ?? null) ? null : r[c]!)));
}
