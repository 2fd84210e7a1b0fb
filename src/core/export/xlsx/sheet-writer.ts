import type ExcelJS from 'exceljs';

export type Workbook = InstanceType<typeof ExcelJS.stream.xlsx.WorkbookWriter>;
export type CellValue = string | number | Date | null;

export interface ColumnSpec {
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  kind?: 'text' | 'long' | 'number' | 'date' | 'percent';
}

const HEADER_FILL = 'FF1F3A5F';
/** Excel refuses longer cells. */
const MAX_CELL = 32_000;

/** ISO dates become Excel dates, so they sort and filter as dates. */
export function excelDate(iso: string | null | undefined): Date | null {
  return iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null;
}

/** An Excel sheet name: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
  return name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);
}

/**
 * One sheet of the streamed workbook: a styled header row that stays in view (frozen) with an autofilter, column
 * widths and formats by kind, and rows written (and let go of) one by one.
 */
export class SheetWriter {
  private readonly sheet: ReturnType<Workbook['addWorksheet']>;
  private rows = 0;

  constructor(
    wb: Workbook,
    name: string,
    private readonly columns: ColumnSpec[],
    opts: { freezeFirstColumn?: boolean } = {},
  ) {
    this.sheet = wb.addWorksheet(sheetName(name), {
      views: [{ state: 'frozen', xSplit: opts.freezeFirstColumn ? 1 : 0, ySplit: 1 }],
    });
    this.sheet.columns = columns.map((c, i) => ({
      header: c.header,
      key: `c${i}`,
      width: c.width,
      style:
        c.kind === 'date'
          ? { numFmt: 'yyyy-mm-dd' }
          : c.kind === 'percent'
            ? { numFmt: '0%' }
            : c.kind === 'long'
              ? { alignment: { wrapText: true, vertical: 'top' } }
              : { alignment: { vertical: 'top' } },
    }));
    const head = this.sheet.getRow(1);
    head.height = 30;
    head.eachCell((cell) => {
      cell.font = { bold: true, color: { argb: 'FFFFFFFF' }, name: 'Arial', size: 10 };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: 'middle', wrapText: true };
    });
    head.commit();
    this.sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }

  add(values: CellValue[], opts: { bold?: boolean; indent?: number } = {}): void {
    const row = this.sheet.addRow(values.map((v) => (typeof v === 'string' && v.length > MAX_CELL ? `${v.slice(0, MAX_CELL)}…` : v)));
    if (opts.bold) row.font = { bold: true };
    if (opts.indent) row.getCell(1).alignment = { indent: opts.indent, vertical: 'top' };
    row.commit();
    this.rows++;
  }

  get rowCount(): number {
    return this.rows;
  }

  end(): void {
    this.sheet.commit();
  }
}
