import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx';
import type { DataTable, TableCell as Cell } from '../../../shared/domain/report';
import { HEADER_FILL, RULE, STRIPE_FILL, STYLE, TEXT_WIDTH } from './docx-styles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const LINE = { style: BorderStyle.SINGLE, size: 4, color: RULE } as const;
const HEAVY = { style: BorderStyle.SINGLE, size: 8, color: '7F8C99' } as const;

function text(c: Cell): string {
  return c === null ? '' : typeof c === 'number' ? c.toLocaleString('en-GB', { maximumFractionDigits: 2 }) : c;
}

/**
 * Column widths from their content: each column asks for room for its longest line (up to a cap) and needs at
 * least its longest word, so nothing breaks inside a word. A table too wide for the page gives every column what it
 * needs and shares the rest in proportion to what each asked for beyond that.
 */
function columnWidths(t: DataTable, small: boolean): number[] {
  const perChar = small ? 88 : 100;
  const pad = 240;
  const lines = (i: number) => [...t.rows.map((r) => text(r[i] ?? null)), ...(t.footer ? [text(t.footer[i] ?? null)] : [])].flatMap((s) => s.split('\n'));
  const need: number[] = [];
  const want = t.columns.map((col, i) => {
    const body = lines(i);
    // Headings are bold, about a fifth wider than body text of as many letters; long ones wrap at word breaks.
    const words = [...col.label.split(/\s+/).map((w) => w.length * 1.2), ...body.flatMap((l) => l.split(/\s+/).map((w) => w.length))];
    need.push(Math.min(24, Math.max(3, ...words)) * perChar + pad);
    const longest = Math.max(4, Math.min(col.label.length * 1.2, 16), ...body.map((l) => l.length));
    return Math.max(need[i]!, Math.min(col.numeric ? 16 : 48, longest) * perChar + pad);
  });
  const total = want.reduce((a, b) => a + b, 0);
  if (total <= TEXT_WIDTH) return want.map((w) => Math.round((w * TEXT_WIDTH) / total));
  const needed = need.reduce((a, b) => a + b, 0);
  if (needed >= TEXT_WIDTH) return need.map((w) => Math.round((w * TEXT_WIDTH) / needed));
  const extra = total - needed;
  return want.map((w, i) => Math.round(need[i]! + ((w - need[i]!) * (TEXT_WIDTH - needed)) / extra));
}

function cell(value: Cell, o: { numeric: boolean; head?: boolean; foot?: boolean; stripe?: boolean; width: number; last: boolean; small: boolean }): TableCell {
  const lines = text(value).split('\n');
  return new TableCell({
    width: { size: o.width, type: WidthType.DXA },
    verticalAlign: o.head ? VerticalAlign.BOTTOM : VerticalAlign.TOP,
    margins: { top: 50, bottom: 50, left: 90, right: 90 },
    ...(o.head ? { shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' } } : o.stripe ? { shading: { type: ShadingType.CLEAR, fill: STRIPE_FILL, color: 'auto' } } : {}),
    borders: {
      top: o.foot ? HEAVY : NONE,
      bottom: o.head ? HEAVY : o.last ? LINE : NONE,
      left: NONE,
      right: NONE,
    },
    children: lines.map(
      (line) =>
        new Paragraph({
          style: o.head ? STYLE.tableHead : STYLE.tableText,
          alignment: o.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: line, ...(o.foot ? { bold: true } : {}), ...(o.small ? { size: 15 } : {}) })],
        }),
    ),
  });
}

/** A live table as a Word table: a header row that repeats on every page, light stripes, a bold total row. */
export function docxTable(t: DataTable): Table {
  const small = t.columns.length > 7;
  const widths = columnWidths(t, small);
  const row = (values: Cell[], kind: 'head' | 'body' | 'foot', index: number, last: boolean) =>
    new TableRow({
      tableHeader: kind === 'head',
      cantSplit: true,
      children: t.columns.map((c, i) =>
        cell(values[i] ?? null, {
          numeric: c.numeric,
          head: kind === 'head',
          foot: kind === 'foot',
          stripe: kind === 'body' && index % 2 === 1,
          width: widths[i]!,
          last,
          small,
        }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE },
    rows: [
      row(t.columns.map((c) => c.label), 'head', 0, false),
      ...t.rows.map((r, i) => row(r, 'body', i, i === t.rows.length - 1 && !t.footer)),
      ...(t.footer ? [row(t.footer, 'foot', 0, true)] : []),
    ],
  });
}
