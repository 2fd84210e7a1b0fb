import type { z } from 'zod';
import type { Report, ReportInput, ReportPatch, ReportSummary } from '../../shared/domain/report';
import { OpError } from '../errors';
import { getLab } from '../lab/lab-profile';
import type { LabStore } from '../store/lab-store';
import { reportCodec, selectIterationReports, selectReport, selectReports } from '../store/queries/report-queries';
import { selectPhases } from '../store/queries/timeline-queries';
import { appendToSection, liveBlocksOf, sectionOf, withBlockIds, wordCount } from './report-body';
import { instantiate, loadTemplate } from './report-templates';
import { speakerPseudonyms } from '../export/speaker-pseudonyms';
import { quoteNodeFor } from './resolve-quotes';

export function mustGetReport(store: LabStore, id: string): Report {
  const r = selectReport(store, id);
  if (!r) throw new OpError('NOT_FOUND', 'That report no longer exists; it may have been deleted.');
  return r;
}

export function listReports(store: LabStore): ReportSummary[] {
  return selectReports(store).map(({ body, ...r }) => {
    const live = liveBlocksOf(body);
    return { ...r, words: wordCount(body), quotes: live.filter((n) => n.type === 'quote').length, liveBlocks: live.length };
  });
}

function checkPhase(store: LabStore, phaseId: string | null | undefined): void {
  if (phaseId && !store.rows.get('phase', phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
}

export function createReport(store: LabStore, resourcesDir: string, input: z.infer<typeof ReportInput>): Report {
  if (input.kind === 'iteration' && !input.phaseId) throw new OpError('INVALID_INPUT', 'phaseId: an iteration report is about one phase; choose it');
  checkPhase(store, input.phaseId);
  const phases = selectPhases(store);
  // The final report tells the story through each iteration report's summary, as it reads when the report is made.
  const reports = input.kind === 'final' ? selectIterationReports(store) : [];
  const summaryOf = (phaseId: string) => {
    const own = reports.filter((r) => r.phaseId === phaseId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    return own ? sectionOf(own.body, 'Summary') : null;
  };
  const { title, body } = instantiate(loadTemplate(resourcesDir, input.kind), {
    lab: getLab(store),
    phase: phases.find((p) => p.id === input.phaseId) ?? null,
    iterations: phases.filter((p) => p.kind === 'iteration').map((phase) => ({ phase, summary: summaryOf(phase.id) })),
  });
  const name = input.title ?? title;
  const row = store.write(`Add report “${name}”`, (w) =>
    w.insert('report', reportCodec.toRow({ kind: input.kind, title: name, phaseId: input.phaseId, body })),
  );
  return reportCodec.fromRow(row);
}

/**
 * Consecutive saves of the same fields fold into one undo step (the editor autosaves as the documenter types);
 * the autosave sends `baseUpdatedAt` so it never overwrites another window's edit.
 */
export function updateReport(store: LabStore, id: string, patch: ReportPatch, baseUpdatedAt?: string): Report {
  const current = mustGetReport(store, id);
  if (baseUpdatedAt && baseUpdatedAt !== current.updatedAt) {
    throw new OpError('CONFLICT', `“${current.title}” was changed in another window since you opened it; reload it to see that version.`);
  }
  checkPhase(store, patch.phaseId);
  const values = { ...patch, ...(patch.body ? { body: withBlockIds(patch.body) } : {}) };
  const row = store.write(`Edit report “${patch.title ?? current.title}”`, (w) => w.update('report', id, reportCodec.toRow(values)), {
    coalesce: true,
  });
  return reportCodec.fromRow(row);
}

/** Where quotes sent from the coding view or an excerpt list land: the templates' quotes section, else the end. */
const QUOTES_SECTION = 'Key quotes';

/** Quotes excerpts in a report, at the end of its “Key quotes” section, as one undoable step. */
export function addQuotes(store: LabStore, id: string, excerptIds: string[]): Report {
  const current = mustGetReport(store, id);
  const names = speakerPseudonyms(store);
  const quotes = excerptIds.map((x) => quoteNodeFor(store, x, names));
  const body = appendToSection(current.body, QUOTES_SECTION, quotes);
  const what = quotes.length === 1 ? 'an excerpt' : `${quotes.length} excerpts`;
  const row = store.write(`Quote ${what} in “${current.title}”`, (w) => w.update('report', id, reportCodec.toRow({ body })));
  return reportCodec.fromRow(row);
}

export function deleteReport(store: LabStore, id: string): null {
  const r = mustGetReport(store, id);
  store.write(`Delete report “${r.title}”`, (w) => w.remove('report', id));
  return null;
}
