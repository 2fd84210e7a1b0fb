import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import type { Progress } from '../jobs/job-registry';
import { getLab } from '../lab/lab-profile';
import { privacyFor } from '../reports/privacy';
import { LabStore, type StoreOptions } from '../store/lab-store';
import { writeCodebook } from './xlsx/codebook-sheet';
import { excerptIds, writeExcerpts } from './xlsx/excerpts-sheet';
import { writeCodeBySource, writeEvidenceByPhase } from './xlsx/matrix-sheets';
import { writeParticipants } from './xlsx/participants-sheet';
import { writeRubric } from './xlsx/rubric-sheet';
import { SheetWriter, type Workbook } from './xlsx/sheet-writer';
import { writeSources } from './xlsx/sources-sheet';
import { writeTargets } from './xlsx/targets-sheets';
import { breathe, workbookContext, type WorkbookContext } from './xlsx/workbook-context';

const SHEETS = [
  ['Codebook', 'codes with their hierarchy, definitions and counts'],
  ['Excerpts', 'one row per excerpt: source, speaker, sector, phase, codes, evidence tags, memo and text'],
  ['Sources', 'the documents of the lab'],
  ['Participants and attendance', 'participants and who was at each convening'],
  ['Targets and measures', 'the scaling action plan, a row per quick measure'],
  ['Measure data', 'every data point of the quick measures'],
  ['Rubric', 'the core ingredients at baseline, midline and endline'],
  ['Code × source', 'excerpts of each code in each source'],
  ['Evidence type × phase', 'coded excerpts by type of evidence and phase'],
] as const;

function writeAbout(wb: Workbook, ctx: WorkbookContext): void {
  const lab = getLab(ctx.store);
  const sheet = new SheetWriter(wb, 'About', [
    { header: 'Lab workbook', width: 30 },
    { header: lab.name, width: 90, kind: 'long' },
  ]);
  sheet.add(['Exported', new Date().toISOString().slice(0, 10)]);
  sheet.add(['Names', ctx.privacy.realNames ? 'Real names of participants (check consent before sharing).' : 'Participants appear by pseudonym, in quoted text too; speaker labels mapped to no participant by a stand-in (Speaker 1, Speaker 2…), unless marked public.']);
  sheet.add(['', '']);
  for (const [name, what] of SHEETS) sheet.add([name, what]);
  sheet.end();
}

/**
 * The lab's data as one workbook, streamed to `path`: read on a connection of its own in one read transaction
 * (a consistent state of the lab while the app goes on writing), excerpts a page at a time, rows written and
 * released as they go, so memory stays flat however large the lab.
 */
export async function writeLabWorkbook(
  labPath: string,
  path: string,
  o: { realNames: boolean; signal: AbortSignal; progress: Progress; storeOptions?: StoreOptions },
): Promise<void> {
  const reader = LabStore.open(labPath, o.storeOptions);
  const stream = createWriteStream(path);
  try {
    reader.db.exec('BEGIN');
    const ctx = workbookContext(reader, privacyFor(reader, o.realNames), o.signal);
    const ids = excerptIds(ctx);
    const total = ids.length + SHEETS.length;
    const wb: Workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    wb.creator = 'Scaling Lab Workbench';
    let step = 0;
    const next = async (label: string, write: () => void | Promise<void>) => {
      o.signal.throwIfAborted();
      o.progress(Math.min(total - 1, step + (label === 'Excerpts' ? 0 : ids.length)), total, `Workbook: ${label}`);
      await write();
      step++;
      await breathe();
    };
    await next('About', () => writeAbout(wb, ctx));
    await next('Codebook', () => writeCodebook(wb, ctx));
    await next('Excerpts', () => writeExcerpts(wb, ctx, ids, (done) => o.progress(done, total, 'Workbook: Excerpts')));
    await next('Sources', () => writeSources(wb, ctx));
    await next('Participants', () => writeParticipants(wb, ctx));
    await next('Targets', () => writeTargets(wb, ctx));
    await next('Rubric', () => writeRubric(wb, ctx));
    await next('Code × source', () => writeCodeBySource(wb, ctx));
    await next('Evidence × phase', () => writeEvidenceByPhase(wb, ctx));
    o.signal.throwIfAborted();
    await wb.commit();
    o.progress(total, total, 'Workbook written');
  } catch (e) {
    // Closed before the caller removes the file: the stream opens it lazily, and would otherwise create it again.
    if (!stream.closed) await new Promise<void>((resolve) => stream.once('close', () => resolve()).destroy());
    throw e;
  } finally {
    if (reader.db.inTransaction) reader.db.exec('ROLLBACK');
    reader.close();
  }
}
