import type { Passage, SuggestionTarget } from '../../shared/domain/assistant';
import type { Excerpt } from '../../shared/domain/coding';
import { excerptFor } from '../coding/excerpts';
import { tagExcerpts } from '../evidence/evidence-tags';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { evidenceTagOf, rejectionFor, suggestedCodingOf, valueDescriptions } from '../store/queries/assistant-queries';
import { selectCode } from '../store/queries/code-queries';
import { excerptWithRange, selectExcerpt } from '../store/queries/excerpt-queries';
import { selectSourceText } from '../store/queries/source-queries';
import { skippedOf } from './model-cache';
import { suggestionKey } from './suggest';

function targetName(store: LabStore, target: SuggestionTarget): string {
  if (target.kind === 'code') {
    const code = selectCode(store, target.codeId);
    if (!code) throw new OpError('NOT_FOUND', 'target.codeId: that code does not exist (it may have been deleted)');
    return code.name;
  }
  const value = valueDescriptions(store).find((v) => v.id === target.valueId);
  if (!value) throw new OpError('NOT_FOUND', 'target.valueId: that evidence value does not exist (it may have been deleted)');
  return value.label;
}

function sourceTextOf(store: LabStore, sourceId: string): string {
  const src = selectSourceText(store, sourceId);
  if (!src) throw new OpError('NOT_FOUND', 'sourceId: that source does not exist (it may have been deleted)');
  return src.text;
}

/**
 * Applies a suggestion as an ordinary coding (or evidence tag) by the current coder, marked as suggested, in one
 * undoable step. A code makes or reuses the excerpt of exactly that passage; an evidence value tags the excerpt.
 */
export function acceptSuggestion(store: LabStore, passage: Passage, target: SuggestionTarget): Excerpt {
  const name = targetName(store, target);
  const text = sourceTextOf(store, passage.sourceId);
  if (passage.end > text.length) throw new OpError('INVALID_INPUT', 'end: past the end of the source’s text');
  const excerptId = store.write(`Accept suggestion “${name}”`, (w) => {
    if (target.kind === 'code') {
      const { id } = excerptFor(w, store, passage.sourceId, passage.start, passage.end);
      const existing = suggestedCodingOf(store, id, target.codeId);
      if (!existing) w.insert('excerpt_code', { excerpt_id: id, code_id: target.codeId, suggested: 1 });
      return id;
    }
    const id = excerptWithRange(store, passage.sourceId, passage.start, passage.end);
    if (!id) throw new OpError('NOT_FOUND', 'start: no excerpt covers exactly that passage any more; it may have been changed');
    if (evidenceTagOf(store, id, target.valueId)) return id;
    tagExcerpts(store, { excerptIds: [id], add: [target.valueId], remove: [] });
    w.update('excerpt_evidence', evidenceTagOf(store, id, target.valueId)!.id, { suggested: 1 });
    return id;
  });
  return selectExcerpt(store, excerptId)!;
}

/** Keeps the rejection (undoable): that passage is never suggested that target again, and the model learns from it. */
export function rejectSuggestion(store: LabStore, passage: Passage, target: SuggestionTarget): null {
  const name = targetName(store, target);
  const text = sourceTextOf(store, passage.sourceId);
  if (passage.end > text.length) throw new OpError('INVALID_INPUT', 'end: past the end of the source’s text');
  const codeId = target.kind === 'code' ? target.codeId : null;
  const valueId = target.kind === 'evidence' ? target.valueId : null;
  if (rejectionFor(store, passage.sourceId, passage.start, passage.end, codeId, valueId)) return null;
  store.write(`Reject suggestion “${name}”`, (w) =>
    w.insert('assistant_rejection', {
      source_id: passage.sourceId,
      start: passage.start,
      end: passage.end,
      text: text.slice(passage.start, passage.end),
      code_id: codeId,
      value_id: valueId,
    }),
  );
  return null;
}

/** Skipping changes nothing in the lab: the suggestion is left out until the lab is next opened. */
export function skipSuggestion(store: LabStore, passage: Passage, target: SuggestionTarget): null {
  skippedOf(store).add(suggestionKey(passage.sourceId, passage.start, passage.end, target));
  return null;
}
