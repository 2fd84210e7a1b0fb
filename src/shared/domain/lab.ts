import { z } from 'zod';
import { IsoDate, Stamped } from './ids';
import { patchOf } from './patch';

export const SCALING_PATHWAYS = ['vertical', 'horizontal', 'functional', 'organisational'] as const;
export const ScalingPathway = z.enum(SCALING_PATHWAYS);
export type ScalingPathway = z.infer<typeof ScalingPathway>;

export const SCALING_APPROACHES = ['replication', 'adaptation'] as const;
export const ScalingApproach = z.enum(SCALING_APPROACHES);
export type ScalingApproach = z.infer<typeof ScalingApproach>;

const text = (max: number) => z.string().trim().max(max);

/** The lab profile: what the documenter fills in on creation and edits later. */
export const LabProfile = z.object({
  name: z.string().trim().min(1, 'a lab needs a name').max(200),
  country: text(100).default(''),
  city: text(100).default(''),
  localPartner: text(300).default(''),
  initiatives: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  problem: text(4000).default(''),
  scalingGoal: text(4000).default(''),
  pathways: z.array(ScalingPathway).max(4).default([]),
  approach: ScalingApproach.nullable().default(null),
  startDate: IsoDate,
});
export type LabProfileInput = z.input<typeof LabProfile>;
export type LabProfile = z.infer<typeof LabProfile>;

export const Lab = Stamped.extend(LabProfile.shape);
export type Lab = z.infer<typeof Lab>;

export const LabPatch = patchOf(LabProfile);
export type LabPatch = z.infer<typeof LabPatch>;
