import type { RefiImportReport } from '../shared/domain/refi-import';

/** A REFI-QDA import report as lines for the terminal: the counts, then how anything ambiguous was read, then each thing skipped with why. */
export function refiReportText(fileName: string, r: RefiImportReport): string {
  const counts = [
    `${r.sources} sources`,
    `${r.recordings} recordings`,
    `${r.codes} codes`,
    `${r.excerpts} excerpts`,
    `${r.codings} codings`,
    `${r.users} users`,
    `${r.cases} cases`,
    `${r.variables} variables`,
    `${r.notes} notes`,
    `${r.sets} sets`,
  ].join(', ');
  const lines = [`imported  ${fileName}: ${counts} (${(r.ms / 1000).toFixed(1)} s)`];
  for (const n of r.notices) lines.push(`  note: ${n.what}: ${n.why}`);
  for (const s of r.skipped) lines.push(`  skipped ${s.what}: ${s.why}`);
  return lines.join('\n');
}
