import { rubricGrid } from '../../tracking/rubric';
import { excelDate, SheetWriter, type CellValue, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

const LABEL = { baseline: 'Baseline', midline: 'Midline', endline: 'Endline' } as const;

/** The rubric: each ingredient's score, rationale, date and linked excerpts at each time point, and the change. */
export function writeRubric(wb: Workbook, ctx: WorkbookContext): void {
  const g = rubricGrid(ctx.store);
  const sheet = new SheetWriter(
    wb,
    'Rubric',
    [
      { header: 'Group', width: 20 },
      { header: 'Core ingredient', width: 32 },
      ...g.timePoints.flatMap((tp) => [
        { header: `${LABEL[tp]} score`, width: 9, kind: 'number' as const },
        { header: `${LABEL[tp]} rationale`, width: 40, kind: 'long' as const },
        { header: `${LABEL[tp]} scored on`, width: 12, kind: 'date' as const },
        { header: `${LABEL[tp]} linked excerpts`, width: 9, kind: 'number' as const },
      ]),
      { header: 'Change (latest − baseline)', width: 12, kind: 'number' },
    ],
    { freezeFirstColumn: false },
  );
  for (const item of g.items) {
    const cells: CellValue[] = [item.group, item.label];
    const values: (number | null)[] = [];
    for (const tp of g.timePoints) {
      const s = g.scores.find((x) => x.itemId === item.id && x.timePoint === tp);
      values.push(s?.score ?? null);
      cells.push(s ? (s.notApplicable ? 'n/a' : s.score) : null, s ? ctx.privacy.text(s.rationale) : null, excelDate(s?.scoredOn), s ? s.excerptIds.length : null);
    }
    const latest = values.slice(1).reverse().find((v) => v !== null) ?? null;
    cells.push(values[0] !== null && values[0] !== undefined && latest !== null ? latest - values[0] : null);
    sheet.add(cells);
  }
  sheet.add(['', 'Mean', ...g.means.flatMap((m) => [m.mean === null ? null : Math.round(m.mean * 100) / 100, null, null, null]), null], { bold: true });
  sheet.end();
}
