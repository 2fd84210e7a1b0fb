import { z } from 'zod';
import { Id, IsoDate, Stamped } from './ids';
import { patchOf } from './patch';

export const TARGET_STATUSES = ['planned', 'in progress', 'met', 'partly met', 'dropped', 'carried over'] as const;
export const TargetStatus = z.enum(TARGET_STATUSES);
export type TargetStatus = z.infer<typeof TargetStatus>;

/** An idea to test, or a short-term target to reach, in one iteration of the scaling action plan. */
export const TARGET_KINDS = ['target', 'idea'] as const;
export const TargetKind = z.enum(TARGET_KINDS);

const Value = z.number().finite();

export const DataPoint = Stamped.extend({ measureId: Id, date: IsoDate, value: Value, note: z.string() });
export type DataPoint = z.infer<typeof DataPoint>;

const DataPointFields = z.object({ date: IsoDate, value: Value, note: z.string().trim().max(2000).default('') });
export const DataPointInput = DataPointFields.extend({ measureId: Id });
export const DataPointPatch = patchOf(DataPointFields);

const MeasureFields = z.object({
  name: z.string().trim().min(1, 'a measure needs a name').max(200),
  unit: z.string().trim().max(50).default(''),
  baseline: Value.nullable().default(null),
  targetValue: Value.nullable().default(null),
});
export const MeasureInput = MeasureFields.extend({ targetId: Id });
export const MeasurePatch = patchOf(MeasureFields);

export const Measure = Stamped.extend(MeasureFields.shape).extend({
  targetId: Id,
  position: z.number().int(),
  carriedFromId: Id.nullable(),
  pointCount: z.number().int(),
  latest: DataPoint.nullable(),
  /** (latest − baseline) ÷ (target − baseline): 0 at the baseline, 1 on target; null without both values. */
  progress: z.number().nullable(),
});
export type Measure = z.infer<typeof Measure>;

const TargetFields = z.object({
  /** The iteration (phase) the target belongs to; null until it is planned into one. */
  phaseId: Id.nullable(),
  kind: TargetKind.default('target'),
  text: z.string().trim().min(1, 'a target needs a text').max(2000),
  /** A participant, or an organisation by name (or both: the person and who they act for). */
  ownerParticipantId: Id.nullable().default(null),
  ownerOrganisation: z.string().trim().max(300).default(''),
  dueDate: IsoDate.nullable().default(null),
  status: TargetStatus.default('planned'),
  notes: z.string().trim().max(5000).default(''),
});
export const TargetInput = TargetFields;
export const TargetPatch = patchOf(TargetFields);

export const Target = Stamped.extend(TargetFields.shape).extend({
  position: z.number().int(),
  /** The target of an earlier iteration this one carries on, and the one that carried this on. */
  carriedFromId: Id.nullable(),
  carriedToId: Id.nullable(),
  ownerName: z.string().nullable(),
  measures: z.array(Measure),
});
export type Target = z.infer<typeof Target>;

export const PhaseRef = z.object({ id: Id, name: z.string(), kind: z.string(), startDate: IsoDate, endDate: IsoDate });
export type PhaseRef = z.infer<typeof PhaseRef>;

/** The view a reflection convening looks at: an iteration's targets, their measures and where they stand. */
export const IterationProgress = z.object({
  phase: PhaseRef.nullable(),
  byStatus: z.record(TargetStatus, z.number().int()),
  targets: z.array(Target),
});
export type IterationProgress = z.infer<typeof IterationProgress>;

/** A measure over time, through every iteration it was carried into, for a chart with iteration boundaries. */
export const MeasureSeries = z.object({
  measureId: Id,
  name: z.string(),
  unit: z.string(),
  baseline: z.number().nullable(),
  targetValue: z.number().nullable(),
  /** The measure in each iteration it lived in, oldest first, with its own baseline and target. */
  chain: z.array(
    z.object({ measureId: Id, targetId: Id, phaseId: Id.nullable(), baseline: z.number().nullable(), targetValue: z.number().nullable() }),
  ),
  points: z.array(DataPoint.extend({ phaseId: Id.nullable() })),
  phases: z.array(PhaseRef),
});
export type MeasureSeries = z.infer<typeof MeasureSeries>;
