import { selectSourceSummaries } from '../../store/queries/source-queries';
import { sourceDefaultTags } from '../../store/queries/export-queries';
import { selectConvenings, selectPhases } from '../../store/queries/timeline-queries';
import { selectParticipants } from '../../store/queries/people-queries';
import { selectSpeakers } from '../../store/queries/source-queries';
import { excelDate, SheetWriter, type Workbook } from './sheet-writer';
import type { WorkbookContext } from './workbook-context';

/** Sources: what each document is, when, in which phase, who speaks in it, its default evidence tags. */
export function writeSources(wb: Workbook, ctx: WorkbookContext): void {
  const { store, privacy } = ctx;
  const phase = new Map(selectPhases(store).map((p) => [p.id, p.name]));
  const convening = new Map(selectConvenings(store).map((c) => [c.id, c.name]));
  const people = new Map(selectParticipants(store).map((p) => [p.id, p]));
  const speakers = new Map<string, string[]>();
  for (const s of selectSpeakers(store)) {
    const p = s.participantId ? people.get(s.participantId) : undefined;
    speakers.set(s.sourceId, [...(speakers.get(s.sourceId) ?? []), privacy.speaker(s.label, s.sourceId, p ?? null)]);
  }
  const tags = new Map<string, string[]>();
  for (const t of sourceDefaultTags(store)) tags.set(t.sourceId, [...(tags.get(t.sourceId) ?? []), ctx.valueLabel.get(t.valueId)?.label ?? '']);
  const sheet = new SheetWriter(
    wb,
    'Sources',
    [
      { header: 'Title', width: 44 },
      { header: 'Kind', width: 16 },
      { header: 'Date', width: 12, kind: 'date' },
      { header: 'Phase', width: 18 },
      { header: 'Convening', width: 22 },
      { header: 'Speakers', width: 36, kind: 'long' },
      { header: 'Default evidence tags', width: 30, kind: 'long' },
      { header: 'Words', width: 9, kind: 'number' },
      { header: 'Excerpts', width: 9, kind: 'number' },
      { header: 'File', width: 30 },
      { header: 'Format', width: 8 },
      { header: 'Language', width: 10 },
      { header: 'Imported', width: 12, kind: 'date' },
    ],
    { freezeFirstColumn: true },
  );
  for (const s of selectSourceSummaries(store)) {
    sheet.add([
      privacy.text(s.title),
      s.kind,
      excelDate(s.date),
      s.phaseId ? (phase.get(s.phaseId) ?? null) : null,
      s.conveningId ? privacy.text(convening.get(s.conveningId) ?? '') : null,
      (speakers.get(s.id) ?? []).join('; '),
      (tags.get(s.id) ?? []).join('; '),
      s.wordCount,
      s.excerptCount,
      privacy.text(s.fileName),
      s.format,
      s.language,
      excelDate(s.createdAt),
    ]);
  }
  sheet.end();
}
