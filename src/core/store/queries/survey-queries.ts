import type { ParticipantGroup } from '../../../shared/domain/participant';
import type { SurveyAnswer, SurveyItem } from '../../../shared/domain/survey';
import type { TimePoint } from '../../../shared/domain/tracking';
import type { z } from 'zod';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

type ItemRow = Omit<SurveyItem, 'answers'>;
export const surveyItemCodec = codec<ItemRow>({
  key: ['key', 'text'],
  label: ['label', 'text'],
  kind: ['kind', 'text'],
  topic: ['topic', 'text'],
  position: ['position', 'int'],
});

export function selectSurveyItems(store: LabStore): SurveyItem[] {
  const rows = store
    .stmt(`SELECT i.*, (SELECT count(*) FROM survey_answer a WHERE a.item_id = i.id) AS answers FROM survey_item i ORDER BY i.position`)
    .all() as Row[];
  return rows.map((r) => ({ ...surveyItemCodec.fromRow(r), answers: Number(r.answers) }));
}

export function selectSurveyAnswers(store: LabStore, f: { participantId?: string | undefined; timePoint?: TimePoint | undefined; itemId?: string | undefined }): SurveyAnswer[] {
  return store
    .stmt(
      `SELECT a.participant_id AS participantId, a.time_point AS timePoint, a.item_id AS itemId, a.value_num AS valueNum, a.value_text AS valueText
         FROM survey_answer a JOIN survey_item i ON i.id = a.item_id
        WHERE (@participant IS NULL OR a.participant_id = @participant)
          AND (@timePoint IS NULL OR a.time_point = @timePoint)
          AND (@item IS NULL OR a.item_id = @item)
        ORDER BY i.position, a.time_point, a.participant_id`,
    )
    .all({ participant: f.participantId ?? null, timePoint: f.timePoint ?? null, item: f.itemId ?? null }) as SurveyAnswer[];
}

/** Numeric answers with the respondent's group, for means per group and time point. */
export function numericAnswers(store: LabStore): { item_id: string; time_point: TimePoint; grp: z.infer<typeof ParticipantGroup>; value: number }[] {
  return store
    .stmt(
      `SELECT a.item_id, a.time_point, p.grp, a.value_num AS value
         FROM survey_answer a JOIN participant p ON p.id = a.participant_id JOIN survey_item i ON i.id = a.item_id
        WHERE i.kind = 'numeric' AND a.value_num IS NOT NULL`,
    )
    .all() as { item_id: string; time_point: TimePoint; grp: z.infer<typeof ParticipantGroup>; value: number }[];
}

/** Stored answers of these participants at one time point, keyed "participantId itemId". */
export function answersAt(store: LabStore, timePoint: TimePoint, participantIds: string[]): Map<string, { id: string; value_num: number | null; value_text: string }> {
  const rows = store
    .stmt(
      `SELECT id, participant_id, item_id, value_num, value_text FROM survey_answer
        WHERE time_point = ? AND participant_id IN (SELECT value FROM json_each(?))`,
    )
    .all(timePoint, JSON.stringify(participantIds)) as { id: string; participant_id: string; item_id: string; value_num: number | null; value_text: string }[];
  return new Map(rows.map((r) => [`${r.participant_id} ${r.item_id}`, r]));
}

export function answerIdsOfItem(store: LabStore, itemId: string): string[] {
  return (store.stmt(`SELECT id FROM survey_answer WHERE item_id = ?`).all(itemId) as { id: string }[]).map((r) => r.id);
}

export function nextSurveyItemPosition(store: LabStore): number {
  return (store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM survey_item`).get() as { p: number }).p;
}
