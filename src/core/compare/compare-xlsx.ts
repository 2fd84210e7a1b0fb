import ExcelJS from 'exceljs';
import { createWriteStream } from 'node:fs';
import type { CodeExcerpts, Comparison } from '../../shared/domain/compare';
import { TARGET_STATUSES } from '../../shared/domain/action-plan';
import { SECTORS } from '../../shared/domain/participant';
import { TIME_POINTS } from '../../shared/domain/tracking';
import { SheetWriter, type Workbook } from '../export/xlsx/sheet-writer';

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function writeLabs(wb: Workbook, c: Comparison): void {
  const sheet = new SheetWriter(wb, 'Labs', [
    { header: 'Lab', width: 32 },
    { header: 'Country', width: 16 },
    { header: 'File', width: 40 },
    { header: 'Schema', width: 8, kind: 'number' },
    { header: 'Sources', width: 10, kind: 'number' },
    { header: 'Excerpts', width: 10, kind: 'number' },
    { header: 'Participants', width: 12, kind: 'number' },
  ]);
  for (const l of c.labs) sheet.add([l.name, l.country, l.fileName, l.schemaVersion, l.counts.sources, l.counts.excerpts, l.counts.participants]);
  sheet.end();
}

function writeRubric(wb: Workbook, c: Comparison): void {
  const sheet = new SheetWriter(wb, 'Rubric trends', [
    { header: 'Lab', width: 32 },
    { header: 'Core ingredient', width: 32 },
    ...TIME_POINTS.map((tp) => ({ header: cap(tp), width: 10, kind: 'number' as const })),
  ]);
  for (const l of c.labs) {
    const mean = new Map(l.rubric.means.map((m) => [m.timePoint, round(m.mean)]));
    sheet.add([l.name, 'Mean', ...TIME_POINTS.map((tp) => mean.get(tp) ?? null)], { bold: true });
    for (const item of l.rubric.items) sheet.add([l.name, item.label, ...TIME_POINTS.map((tp) => item.scores[tp] ?? null)]);
  }
  sheet.end();
}

function writeTargets(wb: Workbook, c: Comparison): void {
  const sheet = new SheetWriter(wb, 'Targets met', [
    { header: 'Lab', width: 32 },
    { header: 'Iteration', width: 24 },
    ...TARGET_STATUSES.map((s) => ({ header: cap(s), width: 11, kind: 'number' as const })),
    { header: 'Targets', width: 9, kind: 'number' },
    { header: 'Met share', width: 10, kind: 'percent' },
  ]);
  for (const l of c.labs) {
    sheet.add([l.name, 'All', ...TARGET_STATUSES.map((s) => l.targets.byStatus[s] ?? 0), l.targets.total, l.targets.metShare], { bold: true });
    for (const it of l.targets.iterations) sheet.add([l.name, it.name, ...TARGET_STATUSES.map((s) => it.byStatus[s] ?? 0), it.total, null]);
  }
  sheet.end();
}

/** Long format (one row per lab, type and phase): phases are each lab's own, so they cannot share columns. */
function writeEvidence(wb: Workbook, c: Comparison): void {
  const sheet = new SheetWriter(wb, 'Evidence type × phase', [
    { header: 'Lab', width: 32 },
    { header: 'Evidence type', width: 28 },
    { header: 'Phase', width: 24 },
    { header: 'Excerpts', width: 10, kind: 'number' },
  ]);
  for (const l of c.labs) {
    const count = new Map(l.evidence.cells.map((x) => [`${x.row}\u0000${x.col}`, x.count]));
    for (const r of l.evidence.rows) {
      for (const col of l.evidence.cols) sheet.add([l.name, r.label, col.label, count.get(`${r.key}\u0000${col.key}`) ?? 0]);
      sheet.add([l.name, r.label, 'Total', l.evidence.rowTotals[r.key] ?? 0], { bold: true });
    }
    sheet.add([l.name, 'Total (distinct excerpts)', '', l.evidence.total], { bold: true });
  }
  sheet.end();
}

function writeParticipation(wb: Workbook, c: Comparison): void {
  const sectors = [...SECTORS, null];
  const sheet = new SheetWriter(wb, 'Participation', [
    { header: 'Lab', width: 32 },
    { header: 'Lab participants', width: 12, kind: 'number' },
    { header: 'Convenings', width: 11, kind: 'number' },
    { header: 'With attendance', width: 11, kind: 'number' },
    { header: 'Attendance rate', width: 11, kind: 'percent' },
    ...sectors.map((s) => ({ header: s === null ? 'Sector not recorded' : cap(s), width: 12, kind: 'percent' as const })),
  ]);
  for (const l of c.labs) {
    const p = l.participation;
    const bySector = new Map(p.sectors.map((s) => [s.sector, s.rate]));
    sheet.add([l.name, p.participants, p.convenings, p.recorded, p.overall.rate, ...sectors.map((s) => bySector.get(s) ?? null)]);
  }
  sheet.end();
}

function writeExcerpts(wb: Workbook, x: CodeExcerpts): void {
  const sheet = new SheetWriter(wb, 'Code excerpts', [
    { header: 'Lab', width: 28 },
    { header: 'Source', width: 30 },
    { header: 'Speaker', width: 18 },
    { header: `Excerpt (${x.codePath})`, width: 90, kind: 'long' },
  ]);
  for (const e of x.excerpts) sheet.add([e.labName, e.sourceTitle, e.speaker, e.text]);
  sheet.end();
}

/** The comparison as a workbook, one sheet per comparison, streamed to `path` (the caller renames it into place). */
export async function writeComparisonWorkbook(path: string, c: Comparison, excerpts: CodeExcerpts | null): Promise<void> {
  const stream = createWriteStream(path);
  const wb: Workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Scaling Lab Workbench';
  writeLabs(wb, c);
  writeRubric(wb, c);
  writeTargets(wb, c);
  writeEvidence(wb, c);
  writeParticipation(wb, c);
  if (excerpts) writeExcerpts(wb, excerpts);
  await wb.commit();
}
