import { z } from 'zod';
import { Id, Stamped } from './ids';
import { patchOf } from './patch';
import { ParticipantGroup } from './participant';
import { TimePoint } from './tracking';

export const SURVEY_TOPICS = ['expectations', 'satisfaction', 'perceived impact', 'scaling knowledge', 'other'] as const;
export const SurveyTopic = z.enum(SURVEY_TOPICS);
export const SurveyItemKind = z.enum(['numeric', 'text']);
export type SurveyItemKind = z.infer<typeof SurveyItemKind>;

const ItemFields = z.object({
  label: z.string().trim().min(1, 'a question needs a label').max(1000),
  kind: SurveyItemKind,
  topic: SurveyTopic.nullable(),
});
export const SurveyItemPatch = patchOf(ItemFields);
export const SurveyItem = Stamped.extend(ItemFields.shape).extend({
  /** The column header it was imported from, normalised: sheets of later time points match on it. */
  key: z.string(),
  position: z.number().int(),
  answers: z.number().int(),
});
export type SurveyItem = z.infer<typeof SurveyItem>;

export const SurveyAnswer = z.object({
  participantId: Id,
  timePoint: TimePoint,
  itemId: Id,
  valueNum: z.number().nullable(),
  valueText: z.string(),
});
export type SurveyAnswer = z.infer<typeof SurveyAnswer>;

export const GroupPoint = z.object({ timePoint: TimePoint, n: z.number().int(), mean: z.number().nullable() });
export const Change = z.object({ from: TimePoint, to: TimePoint, change: z.number().nullable() });

/**
 * A numeric item's means per time point for the lab group and the comparison group, the change between
 * time points (difference of the means), and how much more the lab group changed than the comparison group.
 */
export const ItemChange = z.object({
  itemId: Id,
  label: z.string(),
  topic: SurveyTopic.nullable(),
  groups: z.array(z.object({ group: ParticipantGroup, points: z.array(GroupPoint), changes: z.array(Change) })),
  /** Lab change minus comparison change, per pair of time points. */
  difference: z.array(Change),
});
export type ItemChange = z.infer<typeof ItemChange>;
