import { z } from 'zod';
import { Id, IsoDate } from './ids';
import { ConveningRate } from './participation';
import { TARGET_STATUSES, TargetStatus } from './action-plan';

/** When the lab measures itself: the rubric and the surveys are taken at these three points. */
export const TIME_POINTS = ['baseline', 'midline', 'endline'] as const;
export const TimePoint = z.enum(TIME_POINTS);
export type TimePoint = z.infer<typeof TimePoint>;

export const StatusCounts = z.record(TargetStatus, z.number().int());
export type StatusCounts = z.infer<typeof StatusCounts>;

export function emptyStatusCounts(): StatusCounts {
  return Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as StatusCounts;
}

/** Where the lab stands today: what the Lab page opens on. */
export const Dashboard = z.object({
  today: IsoDate,
  currentPhase: z
    .object({ id: Id, name: z.string(), kind: z.string(), startDate: IsoDate, endDate: IsoDate, daysLeft: z.number().int() })
    .nullable(),
  nextConvening: z.object({ id: Id, name: z.string(), date: IsoDate, daysTo: z.number().int() }).nullable(),
  counts: z.object({
    sources: z.number().int(),
    excerpts: z.number().int(),
    participants: z.number().int(),
    /** Lab-group participants active today (joined, not left). */
    activeParticipants: z.number().int(),
  }),
  /** The iteration under way today, or the latest one that has started. */
  iteration: z.object({ phaseId: Id, name: z.string(), byStatus: StatusCounts, total: z.number().int() }).nullable(),
  rubric: z.object({
    /** The latest time point with any score. */
    latest: TimePoint.nullable(),
    latestMean: z.number().nullable(),
    baselineMean: z.number().nullable(),
    /** Mean change over the ingredients scored at both baseline and the latest time point. */
    change: z.number().nullable(),
    compared: z.number().int(),
  }),
  /** The most recent convening on or before today. */
  lastConvening: ConveningRate.nullable(),
});
export type Dashboard = z.infer<typeof Dashboard>;
