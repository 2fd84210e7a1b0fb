import type { CrossGrid } from './cross-grid';

/**
 * The grid as tab-separated text, as a spreadsheet pastes it: a header row, one row per row item with its
 * total, then the column totals (blank where the table has none). Empty cells are written as 0, so the pasted numbers can be summed.
 */
export function crossGridTsv(g: CrossGrid, corner: string): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  const lines = [[corner, ...g.cols.map((c) => c.label), 'Total']];
  for (const r of g.rows) lines.push([r.label, ...g.cols.map((c) => String(g.count(r.key, c.key))), String(g.rowTotal(r.key))]);
  lines.push(['Total', ...g.cols.map((c) => String(g.colTotal(c.key) ?? '')), String(g.total)]);
  return lines.map((l) => l.map(clean).join('\t')).join('\n') + '\n';
}
