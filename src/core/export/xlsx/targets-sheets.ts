import { measurePoints } from '../../store/queries/export-queries';
import { selectParticipants } from '../../store/queries/people-queries';
import { selectPhases } from '../../store/queries/timeline-queries';
import { listTargets } from '../../tracking/targets';
import { excelDate, SheetWriter, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

/** The scaling action plan: a row per measure of each target (or per target without measures), and every data point. */
export function writeTargets(wb: Workbook, ctx: WorkbookContext): void {
  const { store, privacy } = ctx;
  const phase = new Map(selectPhases(store).map((p) => [p.id, p.name]));
  const people = new Map(selectParticipants(store).map((p) => [p.id, p]));
  const targets = listTargets(store);
  const sheet = new SheetWriter(wb, 'Targets and measures', [
    { header: 'Iteration', width: 16 },
    { header: 'Kind', width: 8 },
    { header: 'Target', width: 48, kind: 'long' },
    { header: 'Owner', width: 26 },
    { header: 'Due', width: 12, kind: 'date' },
    { header: 'Status', width: 13 },
    { header: 'Measure', width: 32 },
    { header: 'Unit', width: 12 },
    { header: 'Baseline', width: 10, kind: 'number' },
    { header: 'Target value', width: 10, kind: 'number' },
    { header: 'Latest value', width: 10, kind: 'number' },
    { header: 'Latest date', width: 12, kind: 'date' },
    { header: 'Progress', width: 10, kind: 'percent' },
    { header: 'Data points', width: 10, kind: 'number' },
    { header: 'Carried over from earlier', width: 10 },
    { header: 'Notes', width: 40, kind: 'long' },
  ]);
  const measureInfo = new Map<string, { iteration: string | null; target: string; measure: string; unit: string }>();
  for (const t of targets) {
    const owner = [t.ownerParticipantId && people.get(t.ownerParticipantId) ? privacy.person(people.get(t.ownerParticipantId)!) : '', privacy.text(t.ownerOrganisation)].filter(Boolean).join(', ');
    const iteration = t.phaseId ? (phase.get(t.phaseId) ?? null) : null;
    const lead = [iteration, t.kind, privacy.text(t.text), owner || null, excelDate(t.dueDate), t.status];
    const tail = [t.carriedFromId ? 'yes' : null, privacy.text(t.notes)];
    if (t.measures.length === 0) sheet.add([...lead, null, null, null, null, null, null, null, null, ...tail]);
    for (const m of t.measures) {
      measureInfo.set(m.id, { iteration, target: privacy.text(t.text), measure: privacy.text(m.name), unit: m.unit });
      sheet.add([...lead, privacy.text(m.name), m.unit, m.baseline, m.targetValue, m.latest?.value ?? null, excelDate(m.latest?.date), m.progress, m.pointCount, ...tail]);
    }
  }
  sheet.end();
  const points = new SheetWriter(wb, 'Measure data', [
    { header: 'Iteration', width: 16 },
    { header: 'Target', width: 44 },
    { header: 'Measure', width: 32 },
    { header: 'Date', width: 12, kind: 'date' },
    { header: 'Value', width: 10, kind: 'number' },
    { header: 'Unit', width: 12 },
    { header: 'Note', width: 44, kind: 'long' },
  ]);
  for (const p of measurePoints(store)) {
    const m = measureInfo.get(p.measureId);
    if (m) points.add([m.iteration, m.target, m.measure, excelDate(p.date), p.value, m.unit, privacy.text(p.note)]);
  }
  points.end();
}
