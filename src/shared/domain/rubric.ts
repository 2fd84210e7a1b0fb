import { z } from 'zod';
import { Id, IsoDate, Stamped } from './ids';
import { patchOf } from './patch';
import { TimePoint } from './tracking';

export const RubricLevel = z.object({
  value: z.number().int().min(0, 'a level is a whole number from 0 to 100').max(100, 'a level is a whole number from 0 to 100'),
  label: z.string().trim().min(1, 'a level needs a label').max(60),
  descriptor: z.string().trim().max(1000).default(''),
});
export type RubricLevel = z.infer<typeof RubricLevel>;

export const RubricScale = z
  .array(RubricLevel)
  .min(2, 'a scale needs at least two levels')
  .max(10, 'a scale has at most ten levels')
  .refine((levels) => new Set(levels.map((l) => l.value)).size === levels.length, { message: 'two levels have the same value' });

const ItemFields = z.object({
  label: z.string().trim().min(1, 'an ingredient needs a name').max(200),
  /** Design, Delivery, Finance, Enabling environment, or the lab's own grouping. */
  group: z.string().trim().max(100).default(''),
  description: z.string().trim().max(2000).default(''),
  /** What each level means for this ingredient in particular: level value → descriptor. */
  guide: z.record(z.string().regex(/^\d+$/, 'guide keys are level values'), z.string().max(1000)).default({}),
});
export const RubricItemInput = ItemFields;
export const RubricItemPatch = patchOf(ItemFields);
export const RubricItem = Stamped.extend(ItemFields.shape).extend({ key: z.string(), position: z.number().int() });
export type RubricItem = z.infer<typeof RubricItem>;

export const ScoreInput = z
  .object({
    itemId: Id,
    timePoint: TimePoint,
    score: z.number().int().nullable().default(null),
    notApplicable: z.boolean().default(false),
    rationale: z.string().trim().max(10000).default(''),
    scoredOn: IsoDate.nullable().default(null),
    /** The excerpts the score rests on; they replace the score's links. */
    excerptIds: z.array(Id).max(500).default([]),
  })
  .refine((s) => !(s.notApplicable && s.score !== null), { message: 'an ingredient marked not applicable has no score', path: ['score'] });

export const RubricScore = Stamped.extend({
  itemId: Id,
  timePoint: TimePoint,
  score: z.number().int().nullable(),
  notApplicable: z.boolean(),
  rationale: z.string(),
  scoredOn: IsoDate.nullable(),
  /** Linked excerpts that still exist. */
  excerptIds: z.array(Id),
});
export type RubricScore = z.infer<typeof RubricScore>;

export const TimePointMean = z.object({
  timePoint: TimePoint,
  /** Mean over the ingredients with a score; not-applicable and unscored ones are left out. */
  mean: z.number().nullable(),
  scored: z.number().int(),
  notApplicable: z.number().int(),
});

/** The grid (ingredient × time point) and the means a comparison chart draws. */
export const RubricGrid = z.object({
  scale: z.array(RubricLevel),
  items: z.array(RubricItem),
  timePoints: z.array(TimePoint),
  scores: z.array(RubricScore),
  means: z.array(TimePointMean),
  groupMeans: z.array(TimePointMean.extend({ group: z.string() })),
});
export type RubricGrid = z.infer<typeof RubricGrid>;
