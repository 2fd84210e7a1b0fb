import { z } from 'zod';
import { Id, IsoDate, Stamped } from './ids';
import { patchOf } from './patch';

export const PHASE_KINDS = ['research', 'iteration', 'final'] as const;
export const PhaseKind = z.enum(PHASE_KINDS);
export type PhaseKind = z.infer<typeof PhaseKind>;

const PhaseFields = z.object({
  kind: PhaseKind,
  name: z.string().trim().min(1, 'a phase needs a name').max(200),
  startDate: IsoDate,
  endDate: IsoDate,
});

export const Phase = Stamped.extend(PhaseFields.shape).extend({ position: z.number().int() });
export type Phase = z.infer<typeof Phase>;

export const PhaseInput = PhaseFields.refine((p) => p.endDate >= p.startDate, {
  message: 'a phase cannot end before it starts',
  path: ['endDate'],
});
export const PhasePatch = patchOf(PhaseFields);

export const CONVENING_KINDS = ['initial', 'reflection', 'final', 'global', 'virtual', 'other'] as const;
export const ConveningKind = z.enum(CONVENING_KINDS);
export type ConveningKind = z.infer<typeof ConveningKind>;

const ConveningFields = z.object({
  kind: ConveningKind,
  name: z.string().trim().min(1, 'a convening needs a name').max(200),
  date: IsoDate,
  phaseId: Id.nullable().default(null),
  location: z.string().trim().max(300).default(''),
  notes: z.string().max(20000).default(''),
});

export const Convening = Stamped.extend(ConveningFields.shape);
export type Convening = z.infer<typeof Convening>;
export const ConveningInput = ConveningFields;
export const ConveningPatch = patchOf(ConveningFields);

export const Timeline = z.object({ phases: z.array(Phase), convenings: z.array(Convening) });
export type Timeline = z.infer<typeof Timeline>;
