import { createHash } from 'node:crypto';
import type { TranscriptEdit, TranscriptEditResult } from '../../shared/domain/transcript-edit';
import { excerptFacts } from '../coding/excerpt-range';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import type { RowWriter } from '../store/change-recorder';
import type { Row } from '../store/rows';
import { selectSourceText } from '../store/queries/source-queries';
import { excerptPlacesOfSource, flaggedAmong, sourceSpeakerRow, type ExcerptPlace } from '../store/queries/transcript-edit-queries';
import { countWords } from './save-source';
import { mustGetSource } from './source-edits';
import { moveRange, planEdit, sameWords, type EditPlan } from './transcript-edit-plan';

export function textSha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

const FACT_COLUMNS = ['start', 'end', 'text', 'speaker', 'context_before', 'context_after', 'block'] as const;

/** The rows an edit rewrites: each excerpt's new place and facts, and which of them the edit flags. */
function excerptUpdates(places: readonly ExcerptPlace[], plan: EditPlan): { id: string; values: Row; flag: boolean }[] {
  const out: { id: string; values: Row; flag: boolean }[] = [];
  let emptied = 0;
  for (const x of places) {
    let { start, end } = x;
    let touched = false;
    if (plan.change) ({ start, end, touched } = moveRange(x.start, x.end, plan.change));
    if (touched) {
      // The range grew to cover the replacement, which may begin or end with a space.
      while (start < end && /\s/.test(plan.text[start]!)) start++;
      while (end > start && /\s/.test(plan.text[end - 1]!)) end--;
      if (end <= start) {
        emptied++;
        continue;
      }
    }
    const facts = excerptFacts(plan.text, plan.blocks, start, end);
    const next: Row = { start, end, ...facts };
    const values: Row = {};
    for (const c of FACT_COLUMNS) if (next[c] !== x[c]) values[c] = next[c] ?? null;
    const flag = touched && !sameWords(x.text, facts.text);
    if (flag && !x.needs_review) Object.assign(values, { needs_review: 1, text_before_edit: x.text });
    if (Object.keys(values).length) out.push({ id: x.id, values, flag });
  }
  if (emptied > 0) {
    // A documenter deleting a coded passage's every word most likely meant to remove the excerpt: that is its own
    // step (delete the excerpt), so the codes are never lost as a side effect of a correction.
    throw new OpError(
      'CONFLICT',
      `edit: this would delete every word of ${emptied === 1 ? 'a coded excerpt' : `${emptied} coded excerpts`}; delete ${emptied === 1 ? 'that excerpt' : 'them'} first, or keep a word`,
    );
  }
  return out;
}

/** Keeps source_speaker, one row per label in use, in step with a rename; the mapping to a participant moves along. */
function renameSpeakerRows(w: RowWriter, store: LabStore, sourceId: string, plan: EditPlan): void {
  const { from, to } = plan.rename!;
  if (from === to) return;
  const stillUsed = plan.blocks.some((b) => b.speaker === from);
  const fromRow = sourceSpeakerRow(store, sourceId, from);
  const toRow = sourceSpeakerRow(store, sourceId, to);
  if (!toRow && fromRow && !stillUsed) {
    w.update('source_speaker', fromRow.id, { label: to });
    return;
  }
  if (!toRow) {
    const participant = fromRow ? (store.rows.get('source_speaker', fromRow.id)?.participant_id ?? null) : null;
    w.insert('source_speaker', { source_id: sourceId, label: to, participant_id: participant });
  }
  if (fromRow && !stillUsed) w.remove('source_speaker', fromRow.id);
}

/**
 * Applies one correction to a source's text as one undo step: the text, its blocks, search, the word count and every
 * excerpt (range, text, context, speaker) follow; excerpts whose words changed are flagged. The imported original
 * bytes stay as they were. Refuses an edit made against a text that has changed since (another window, an undo).
 */
export function editTranscript(store: LabStore, sourceId: string, expectedSha256: string, edit: TranscriptEdit): TranscriptEditResult {
  const source = mustGetSource(store, sourceId);
  const content = selectSourceText(store, sourceId);
  if (!content) throw new OpError('NOT_FOUND', 'sourceId: that source has no text');
  if (textSha256(content.text) !== expectedSha256) {
    throw new OpError('CONFLICT', `expectedSha256: the text of “${source.title}” changed since it was read (another window, or an undo); reload it and edit again`);
  }
  const plan = planEdit(content.text, content.blocks, edit);
  const blocksJson = JSON.stringify(plan.blocks);
  if (plan.text === content.text && blocksJson === JSON.stringify(content.blocks)) return { sha256: expectedSha256, flagged: [], moved: 0 };
  const updates = excerptUpdates(excerptPlacesOfSource(store, sourceId), plan);
  store.write(plan.label, (w) => {
    const changes: Row = { blocks: blocksJson };
    if (plan.text !== content.text) changes.text = plan.text;
    w.update('source_content', sourceId, changes);
    const words = countWords(plan.text);
    if (words !== source.wordCount) w.update('source', sourceId, { word_count: words });
    for (const u of updates) w.update('excerpt', u.id, u.values);
    if (plan.rename) renameSpeakerRows(w, store, sourceId, plan);
  });
  const touched = updates.filter((u) => u.flag).map((u) => u.id);
  return { sha256: textSha256(plan.text), flagged: touched, moved: updates.length };
}

/** Clears the review flag of excerpts a documenter has checked, as one undo step. */
export function markReviewed(store: LabStore, excerptIds: string[]): { cleared: number } {
  const ids = flaggedAmong(store, [...new Set(excerptIds)]);
  if (ids.length === 0) return { cleared: 0 };
  store.write(ids.length === 1 ? 'Mark an excerpt reviewed' : `Mark ${ids.length} excerpts reviewed`, (w) => {
    for (const id of ids) w.update('excerpt', id, { needs_review: 0, text_before_edit: null });
  });
  return { cleared: ids.length };
}
