import { crossTable } from '../../analysis/cross-table';
import { codeSourceCounts } from '../../store/queries/export-queries';
import { selectSourceSummaries } from '../../store/queries/source-queries';
import { SheetWriter, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

/** Excel's last column is XFD; a lab with more sources than that gets the first ones and a note. */
const MAX_COLUMNS = 16_000;

/** Codes down, sources across: how many excerpts of each code each source holds (codes' own excerpts). */
export function writeCodeBySource(wb: Workbook, ctx: WorkbookContext): void {
  const sources = selectSourceSummaries(ctx.store).slice(0, MAX_COLUMNS);
  const counts = new Map(codeSourceCounts(ctx.store).map((c) => [`${c.codeId} ${c.sourceId}`, c.n]));
  const sheet = new SheetWriter(
    wb,
    'Code × source',
    [{ header: 'Code', width: 40 }, { header: 'Total', width: 8, kind: 'number' }, ...sources.map((s) => ({ header: ctx.privacy.text(s.title).slice(0, 80), width: 14, kind: 'number' as const }))],
    { freezeFirstColumn: true },
  );
  for (const c of ctx.codes) {
    const row = sources.map((s) => counts.get(`${c.id} ${s.id}`) ?? null);
    sheet.add([c.name, c.own, ...row], { indent: c.depth * 2, bold: c.depth === 0 });
  }
  sheet.end();
}

/** What the lab's learning rests on: excerpts by evidence type (own or inherited tags) and phase, with totals. */
export function writeEvidenceByPhase(wb: Workbook, ctx: WorkbookContext): void {
  const type = ctx.dims.find((d) => d.key === 'type') ?? ctx.dims[0];
  if (!type) return;
  const t = crossTable(ctx.store, { kind: 'dimension', dimensionId: type.id }, { kind: 'phase' }, {});
  const count = new Map(t.cells.map((c) => [`${c.row}\u0000${c.col}`, c.count]));
  const out = new SheetWriter(wb, `${type.label} × phase`, [
    { header: type.label, width: 30 },
    ...t.cols.map((c) => ({ header: c.label, width: 16, kind: 'number' as const })),
    { header: 'Total', width: 10, kind: 'number' },
  ]);
  for (const r of t.rows) out.add([r.label, ...t.cols.map((c) => count.get(`${r.key}\u0000${c.key}`) ?? 0), t.rowTotals[r.key] ?? 0]);
  out.add(['Total (distinct excerpts)', ...t.cols.map((c) => t.colTotals[c.key] ?? 0), t.total], { bold: true });
  out.end();
}
