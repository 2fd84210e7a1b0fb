import { z } from 'zod';
import { StatusCounts, TimePoint } from './tracking';
import { AxisItem } from './evidence';
import { Rate, SectorRate } from './participation';

/** Lab files to compare: at least two is the point, one is allowed (a first look while adding more). */
export const ComparePaths = z
  .array(z.string().trim().min(1, 'give the lab file').max(4096))
  .min(1, 'paths: add at least one lab file')
  .max(200, 'paths: compare at most 200 labs at once');

const Mean = z.object({ timePoint: TimePoint, mean: z.number().nullable(), scored: z.number().int() });

export const LabRubricTrend = z.object({
  means: z.array(Mean),
  /** Each ingredient's score at each time point; matched across labs by its key. */
  items: z.array(
    z.object({ key: z.string(), label: z.string(), group: z.string(), scores: z.record(TimePoint, z.number().nullable()) }),
  ),
});

export const LabTargets = z.object({
  byStatus: StatusCounts,
  total: z.number().int(),
  /** Met over the targets not dropped or carried over (those were not for this iteration to meet); null with none. */
  metShare: z.number().nullable(),
  iterations: z.array(z.object({ name: z.string(), byStatus: StatusCounts, total: z.number().int() })),
});

export const LabEvidence = z.object({
  /** The dimension counted (the lab's “Evidence type”, else its first); null when the lab has none. */
  dimension: z.string().nullable(),
  rows: z.array(AxisItem),
  cols: z.array(AxisItem),
  cells: z.array(z.object({ row: z.string(), col: z.string(), count: z.number().int() })),
  rowTotals: z.record(z.string(), z.number().int()),
  colTotals: z.record(z.string(), z.number().int()),
  total: z.number().int(),
});

export const LabParticipation = z.object({
  overall: Rate,
  sectors: z.array(SectorRate),
  convenings: z.number().int(),
  recorded: z.number().int(),
  participants: z.number().int(),
});

export const LabComparison = z.object({
  path: z.string(),
  fileName: z.string(),
  name: z.string(),
  country: z.string(),
  schemaVersion: z.number().int(),
  /** True when the lab was made by an earlier version and was read through an upgraded temporary copy. */
  readFromUpgradedCopy: z.boolean(),
  counts: z.object({ sources: z.number().int(), excerpts: z.number().int(), participants: z.number().int() }),
  rubric: LabRubricTrend,
  targets: LabTargets,
  evidence: LabEvidence,
  participation: LabParticipation,
  ms: z.number().int(),
});
export type LabComparison = z.infer<typeof LabComparison>;

export const Comparison = z.object({ labs: z.array(LabComparison) });
export type Comparison = z.infer<typeof Comparison>;

/** A code named by its path from the top of the codebook, “Parent/Child”; ids differ from lab to lab. */
export const CodePath = z
  .string()
  .trim()
  .min(1, 'codePath: give a code, as Parent/Child')
  .max(1000)
  .transform((s) => s.split('/').map((p) => p.trim()))
  .refine((parts) => parts.every((p) => p.length > 0), 'codePath: a part of the path is empty');

export const CodeExcerpt = z.object({
  labPath: z.string(),
  labName: z.string(),
  excerptId: z.string(),
  sourceTitle: z.string(),
  speaker: z.string().nullable(),
  text: z.string(),
});

export const CodeExcerpts = z.object({
  codePath: z.string(),
  labs: z.array(
    z.object({
      path: z.string(),
      name: z.string(),
      /** False when the lab has no code at that path. */
      found: z.boolean(),
      total: z.number().int(),
    }),
  ),
  excerpts: z.array(CodeExcerpt),
});
export type CodeExcerpts = z.infer<typeof CodeExcerpts>;
