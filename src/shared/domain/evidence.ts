import { z } from 'zod';
import { Id, Stamped } from './ids';
import { LEVELS, GROUPS, Sector } from './participant';
import { SourceKind } from './source';
import { patchOf } from './patch';
import { TimePoint } from './tracking';

export const EvidenceValue = Stamped.extend({
  dimensionId: Id,
  key: z.string(),
  label: z.string(),
  description: z.string(),
  position: z.number().int(),
});
export type EvidenceValue = z.infer<typeof EvidenceValue>;

export const EvidenceDimension = Stamped.extend({
  key: z.string(),
  label: z.string(),
  description: z.string(),
  multiple: z.boolean(),
  position: z.number().int(),
  values: z.array(EvidenceValue),
});
export type EvidenceDimension = z.infer<typeof EvidenceDimension>;

const Label = z.string().trim().min(1, 'a label cannot be empty').max(120);
const Description = z.string().trim().max(1000);

export const DimensionInput = z.object({ label: Label, description: Description.default(''), multiple: z.boolean().default(true) });
export const DimensionPatch = patchOf(DimensionInput);
export const ValueInput = z.object({ dimensionId: Id, label: Label, description: Description.default('') });
export const ValuePatch = patchOf(ValueInput.omit({ dimensionId: true }));

/** A tag as an excerpt carries it: its own, or inherited from its source's defaults. */
export const ExcerptTag = z.object({ valueId: Id, dimensionId: Id, inherited: z.boolean() });
export type ExcerptTag = z.infer<typeof ExcerptTag>;

export const SurveyAnswerCondition = z.object({
  itemId: Id,
  timePoint: z.enum(['baseline', 'midline', 'endline']).optional(),
  values: z.array(z.string().max(500)).max(100).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type SurveyAnswerCondition = z.infer<typeof SurveyAnswerCondition>;

/**
 * Which excerpts a list shows. Every field narrows the list; within one field any value matches (evidence
 * values: any within a dimension, every dimension named). Saved by name, it re-runs on live data.
 */
export const ExcerptFilter = z
  .object({
    codeIds: z.array(Id).max(500),
    includeChildren: z.boolean(),
    evidence: z.array(Id).max(200),
    phaseIds: z.array(Id).max(100),
    conveningIds: z.array(Id).max(200),
    sourceKinds: z.array(SourceKind).max(20),
    sourceIds: z.array(Id).max(5000),
    /**
     * The time point of the survey a source holds (its open-ended answers). Only survey sources have one: phases
     * are the lab's iterations, not its baseline, midline and endline, so no other source is guessed into one.
     */
    timePoints: z.array(TimePoint).max(3),
    coderIds: z.array(Id).max(100),
    sectors: z.array(Sector).max(50),
    roles: z.array(z.string().max(200)).max(200),
    levels: z.array(z.enum(LEVELS)).max(20),
    groups: z.array(z.enum(GROUPS)).max(20),
    participantIds: z.array(Id).max(5000),
    attributes: z.array(z.object({ name: z.string().min(1).max(60), values: z.array(z.string().max(500)).min(1).max(200) })).max(20),
    /** The speaker's survey answer: to an item, at a time point (any if left out), one of `values` or within [min, max]. */
    surveyAnswers: z.array(SurveyAnswerCondition).max(10),
    excerptIds: z.array(Id).max(100000),
    /** Only excerpts with a coding or an evidence tag accepted from the coding assistant's suggestions. */
    suggested: z.boolean(),
  })
  .partial();
export type ExcerptFilter = z.infer<typeof ExcerptFilter>;

export const SavedQuery = Stamped.extend({ name: z.string(), filter: ExcerptFilter });
export type SavedQuery = z.infer<typeof SavedQuery>;

/** What a cross-table counts along one side. */
export const Axis = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('dimension'), dimensionId: Id }),
  z.object({ kind: z.literal('phase') }),
  z.object({ kind: z.literal('convening') }),
  z.object({ kind: z.literal('sourceKind') }),
  z.object({ kind: z.literal('timePoint') }),
  z.object({ kind: z.literal('code') }),
  z.object({ kind: z.literal('topCode') }),
  z.object({ kind: z.literal('sector') }),
  z.object({ kind: z.literal('role') }),
  z.object({ kind: z.literal('level') }),
  z.object({ kind: z.literal('group') }),
  z.object({ kind: z.literal('participant') }),
  z.object({ kind: z.literal('organisation') }),
  z.object({ kind: z.literal('attribute'), name: z.string().min(1).max(60) }),
]);
export type Axis = z.infer<typeof Axis>;

export const AxisItem = z.object({ key: z.string(), label: z.string() });
export const CrossTable = z.object({
  rows: z.array(AxisItem),
  cols: z.array(AxisItem),
  /** Distinct excerpts in each (row, col); cells with no excerpt are left out. */
  cells: z.array(z.object({ row: z.string(), col: z.string(), count: z.number().int() })),
  rowTotals: z.record(z.string(), z.number().int()),
  colTotals: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});
export type CrossTable = z.infer<typeof CrossTable>;

export const Cooccurrence = z.enum(['overlap', 'turn']);
