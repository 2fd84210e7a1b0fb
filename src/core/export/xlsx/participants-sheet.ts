import { selectAttendance } from '../../store/queries/attendance-queries';
import { selectParticipants } from '../../store/queries/people-queries';
import { selectConvenings } from '../../store/queries/timeline-queries';
import { excelDate, SheetWriter, type ColumnSpec, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

/**
 * Participants and their attendance, one column per convening. Pseudonymised, the sheet has no name or email
 * columns at all; with real names it has both.
 */
export function writeParticipants(wb: Workbook, ctx: WorkbookContext): void {
  const { store, privacy } = ctx;
  const people = selectParticipants(store).sort((a, b) => a.pseudonym.localeCompare(b.pseudonym));
  const convenings = selectConvenings(store);
  const status = new Map(selectAttendance(store).map((a) => [`${a.participant_id} ${a.convening_id}`, a.status]));
  const attributes = [...new Set(people.flatMap((p) => Object.keys(p.attributes)))].sort();
  const columns: ColumnSpec[] = [
    { header: 'Pseudonym', width: 14 },
    ...(privacy.realNames ? [{ header: 'Name', width: 24 }, { header: 'Email', width: 26 }] : []),
    { header: 'Organisation', width: 30 },
    { header: 'Sector', width: 14 },
    { header: 'Role', width: 26 },
    { header: 'Level', width: 14 },
    { header: 'Group', width: 11 },
    { header: 'Consent', width: 10 },
    { header: 'Joined', width: 12, kind: 'date' },
    { header: 'Left', width: 12, kind: 'date' },
    ...attributes.map((a) => ({ header: a, width: 14 })),
    { header: 'Present', width: 9, kind: 'number' },
    { header: 'Recorded', width: 9, kind: 'number' },
    { header: 'Attendance rate', width: 11, kind: 'percent' },
    ...convenings.map((c) => ({ header: `${privacy.text(c.name)} (${c.date})`, width: 16 })),
  ];
  const sheet = new SheetWriter(wb, 'Participants and attendance', columns, { freezeFirstColumn: true });
  for (const p of people) {
    const marks = convenings.map((c) => status.get(`${p.id} ${c.id}`) ?? null);
    const present = marks.filter((m) => m === 'present').length;
    const recorded = marks.filter((m) => m !== null).length;
    sheet.add([
      p.pseudonym,
      ...(privacy.realNames ? [p.displayName, p.email] : []),
      privacy.text(p.organisation),
      p.sector,
      p.role,
      p.level,
      p.group,
      p.consent,
      excelDate(p.joinedOn),
      excelDate(p.leftOn),
      ...attributes.map((a) => (p.attributes[a] !== undefined ? privacy.text(p.attributes[a]!) : null)),
      present,
      recorded,
      recorded ? present / recorded : null,
      ...marks,
    ]);
  }
  sheet.end();
}
