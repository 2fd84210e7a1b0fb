import type { TimePoint } from '../../../shared/domain/tracking';
import type { LabStore } from '../lab-store';

/** The source holding one text question's answers at one time point, if it has been made. */
export function surveySourceOf(store: LabStore, itemId: string, timePoint: TimePoint): { id: string; title: string } | undefined {
  return store.stmt(`SELECT id, title FROM source WHERE survey_item_id = ? AND time_point = ?`).get(itemId, timePoint) as
    | { id: string; title: string }
    | undefined;
}

export function surveySourcesOfItem(store: LabStore, itemId: string): { id: string; time_point: TimePoint }[] {
  return store.stmt(`SELECT id, time_point FROM source WHERE survey_item_id = ?`).all(itemId) as { id: string; time_point: TimePoint }[];
}

/** Non-empty text answers to these questions at one time point. */
export function textAnswersAt(store: LabStore, timePoint: TimePoint, itemIds: string[]): { participant_id: string; item_id: string; value_text: string }[] {
  return store
    .stmt(
      `SELECT participant_id, item_id, value_text FROM survey_answer
        WHERE time_point = ? AND item_id IN (SELECT value FROM json_each(?)) AND trim(value_text) <> ''`,
    )
    .all(timePoint, JSON.stringify(itemIds)) as { participant_id: string; item_id: string; value_text: string }[];
}

/** The respondent label each participant has in the survey sources, first given first (labels are kept lab-wide). */
export function surveyRespondentLabels(store: LabStore): { source_id: string; label: string; participant_id: string | null }[] {
  return store
    .stmt(
      `SELECT sp.source_id, sp.label, sp.participant_id FROM source_speaker sp JOIN source s ON s.id = sp.source_id
        WHERE s.survey_item_id IS NOT NULL ORDER BY sp.rowid`,
    )
    .all() as { source_id: string; label: string; participant_id: string | null }[];
}

export interface ExcerptSpan {
  id: string;
  start: number;
  end: number;
  text: string;
  block: number | null;
  context_before: string;
  context_after: string;
}

export function excerptSpansOfSource(store: LabStore, sourceId: string): ExcerptSpan[] {
  return store
    .stmt(`SELECT id, start, end, text, block, context_before, context_after FROM excerpt WHERE source_id = ? ORDER BY start`)
    .all(sourceId) as ExcerptSpan[];
}
