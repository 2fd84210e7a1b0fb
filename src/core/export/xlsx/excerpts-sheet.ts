import { excerptIdsInOrder, codingsOfPage, excerptPage } from '../../store/queries/export-queries';
import { analysisSnapshot, tagsIn } from '../../analysis/analysis-snapshot';
import { excelDate, SheetWriter, type Workbook } from './sheet-writer';
import { breathe, type WorkbookContext } from './workbook-context';

export const EXCERPT_PAGE = 2000;

/** The excerpts the sheet will hold, in order (their count is the job's progress). */
export function excerptIds(ctx: WorkbookContext): string[] {
  return excerptIdsInOrder(ctx.store);
}

/**
 * One row per excerpt: where it is from, who said it, its codes, every evidence tag (own or inherited from the
 * source, one column per dimension), memo and text. Read and written a page at a time.
 */
export async function writeExcerpts(wb: Workbook, ctx: WorkbookContext, ids: string[], progress: (done: number) => void): Promise<void> {
  const { privacy } = ctx;
  const sheet = new SheetWriter(wb, 'Excerpts', [
    { header: 'Excerpt id', width: 14 },
    { header: 'Source', width: 36 },
    { header: 'Kind of source', width: 14 },
    { header: 'Source date', width: 12, kind: 'date' },
    { header: 'Phase', width: 18 },
    { header: 'Convening', width: 18 },
    { header: 'Speaker', width: 16 },
    { header: 'Sector', width: 14 },
    { header: 'Role', width: 22 },
    { header: 'Codes', width: 40, kind: 'long' },
    ...ctx.dims.map((d) => ({ header: d.label, width: 22 })),
    { header: 'Memo', width: 36, kind: 'long' },
    { header: 'Text', width: 80, kind: 'long' },
    { header: 'Coded by', width: 16 },
    { header: 'Created', width: 12, kind: 'date' as const },
  ]);
  // Effective tags (own, else the source's) from the analysis snapshot: arrays, not the tag view row by row.
  const snap = analysisSnapshot(ctx.store);
  const at = new Map(snap.excerptIds.map((id, i) => [id, i]));
  for (let from = 0; from < ids.length; from += EXCERPT_PAGE) {
    ctx.signal.throwIfAborted();
    const page = ids.slice(from, from + EXCERPT_PAGE);
    const rows = excerptPage(ctx.store, page);
    const codes = new Map<string, { codes: string[]; coders: Set<string> }>();
    for (const c of codingsOfPage(ctx.store, page)) {
      let e = codes.get(c.excerptId);
      if (!e) codes.set(c.excerptId, (e = { codes: [], coders: new Set() }));
      e.codes.push(ctx.codePath.get(c.codeId) ?? '');
      if (c.coder) e.coders.add(c.coder);
    }
    for (const r of rows) {
      const person = r.participantId ? { displayName: r.displayName!, pseudonym: r.pseudonym! } : null;
      const speaker = r.speaker ? privacy.speaker(r.speaker, r.sourceId, person) : '';
      const c = codes.get(r.id);
      const i = at.get(r.id);
      const byDim = ctx.dims.map((d) => (i === undefined ? '' : tagsIn(snap, i, d.id).map((v) => snap.values[v]!.label).join('; ')));
      sheet.add([
        r.id,
        privacy.text(r.sourceTitle),
        r.sourceKind,
        excelDate(r.sourceDate),
        r.phase,
        r.convening ? privacy.text(r.convening) : null,
        speaker || null,
        r.sector,
        r.role,
        c ? c.codes.sort().join('; ') : '',
        ...byDim,
        privacy.text(r.memo),
        privacy.text(r.text),
        c ? [...c.coders].join('; ') : '',
        excelDate(r.createdAt),
      ]);
    }
    progress(Math.min(ids.length, from + EXCERPT_PAGE));
    await breathe();
  }
  sheet.end();
}
