import { z } from 'zod';
import { IsoDate, Stamped } from './ids';
import { patchOf } from './patch';

export const SECTORS = [
  'government',
  'civil society',
  'implementer',
  'funder',
  'research',
  'community',
  'private sector',
  'other',
] as const;
export const Sector = z.enum(SECTORS);
export type Sector = z.infer<typeof Sector>;

export const LEVELS = ['high-level', 'implementation'] as const;
export const ParticipantLevel = z.enum(LEVELS);

export const GROUPS = ['lab', 'comparison'] as const;
export const ParticipantGroup = z.enum(GROUPS);

export const CONSENT_STATES = ['pending', 'given', 'declined', 'withdrawn'] as const;
export const ConsentState = z.enum(CONSENT_STATES);

/** Free attributes: short name → short value, the columns a documenter adds (gender, district, …). */
export const Attributes = z.record(z.string().trim().min(1).max(60), z.string().max(500));

const ParticipantFields = z.object({
  displayName: z.string().trim().min(1, 'a participant needs a name').max(200),
  pseudonym: z.string().trim().min(1, 'a pseudonym cannot be empty').max(100),
  organisation: z.string().trim().max(300).default(''),
  sector: Sector.nullable().default(null),
  role: z.string().trim().max(200).default(''),
  level: ParticipantLevel.nullable().default(null),
  group: ParticipantGroup.default('lab'),
  consent: ConsentState.default('pending'),
  email: z.string().trim().max(300).default(''),
  joinedOn: IsoDate.nullable().default(null),
  leftOn: IsoDate.nullable().default(null),
  attributes: Attributes.default({}),
});

export const Participant = Stamped.extend(ParticipantFields.shape);
export type Participant = z.infer<typeof Participant>;

/** On creation the pseudonym is optional: the store generates one. */
export const ParticipantInput = ParticipantFields.extend({ pseudonym: ParticipantFields.shape.pseudonym.optional() });
export type ParticipantInput = z.input<typeof ParticipantInput>;
export const ParticipantPatch = patchOf(ParticipantFields);
