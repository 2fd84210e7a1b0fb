import { z } from 'zod';
import { Id, IsoDate, Stamped } from './ids';
import { ParticipantGroup, ParticipantInput, Sector } from './participant';

export const ATTENDANCE_STATUSES = ['present', 'absent'] as const;
export const AttendanceStatus = z.enum(ATTENDANCE_STATUSES);
export type AttendanceStatus = z.infer<typeof AttendanceStatus>;

/** A named guest at a convening who is not (yet) a participant of the lab. */
export const Guest = z.object({ id: Id, name: z.string(), organisation: z.string(), sector: Sector.nullable() });
export type Guest = z.infer<typeof Guest>;
export const GuestInput = z.object({
  /** An existing guest of this convening, to keep (and edit); without it the guest is added. */
  id: Id.optional(),
  name: z.string().trim().min(1, 'a guest needs a name').max(200),
  organisation: z.string().trim().max(300).default(''),
  sector: Sector.nullable().default(null),
});

/**
 * One step of taking attendance. `entries` set (or, with status null, clear) participants' attendance;
 * `guests`, when given, become the convening's named guests; `newParticipants` are people added on the
 * spot as participants of the lab, marked present (joined on the convening's date unless said otherwise).
 */
export const SetAttendanceInput = z.object({
  conveningId: Id,
  entries: z.array(z.object({ participantId: Id, status: AttendanceStatus.nullable() })).max(5000).default([]),
  guests: z.array(GuestInput).max(500).optional(),
  newParticipants: z.array(ParticipantInput).max(200).default([]),
});

/** Participants over one slice (a sector, a convening, the whole lab): present ÷ active. */
export const Rate = z.object({
  present: z.number().int(),
  active: z.number().int(),
  /** null when nobody was active. */
  rate: z.number().nullable(),
});
export type Rate = z.infer<typeof Rate>;

/** A sector's slice; sector null means the participant's sector is not recorded. */
export const SectorRate = Rate.extend({ sector: Sector.nullable() });
export type SectorRate = z.infer<typeof SectorRate>;

export const ConveningRate = Rate.extend({
  conveningId: Id,
  name: z.string(),
  kind: z.string(),
  date: IsoDate,
  phaseId: Id.nullable(),
  /** Whether any attendance was taken; rates are null until it is. */
  recorded: z.boolean(),
  absent: z.number().int(),
  guests: z.number().int(),
  /** Everyone marked present, including people outside the denominator (comparison group, not yet joined). */
  presentTotal: z.number().int(),
  bySector: z.array(SectorRate),
});
export type ConveningRate = z.infer<typeof ConveningRate>;

export const RosterRow = z.object({
  participantId: Id,
  displayName: z.string(),
  pseudonym: z.string(),
  organisation: z.string(),
  sector: Sector.nullable(),
  group: ParticipantGroup,
  /** In the lab group and active on the convening's date: counted in its rate. */
  active: z.boolean(),
  status: AttendanceStatus.nullable(),
});
export type RosterRow = z.infer<typeof RosterRow>;

export const ConveningAttendance = z.object({
  conveningId: Id,
  name: z.string(),
  date: IsoDate,
  /** Lab participants active that day, and anyone else with attendance recorded. */
  roster: z.array(RosterRow),
  guests: z.array(Guest),
  summary: ConveningRate,
});
export type ConveningAttendance = z.infer<typeof ConveningAttendance>;

/** Table and chart data: a row per convening (a bar stacked by sector), a row per sector, the lab overall. */
export const ParticipationSummary = z.object({
  convenings: z.array(ConveningRate),
  /** Over the convenings where attendance was taken. */
  sectors: z.array(SectorRate),
  overall: Rate,
});
export type ParticipationSummary = z.infer<typeof ParticipationSummary>;

export const Leaver = z.object({
  participantId: Id,
  displayName: z.string(),
  pseudonym: z.string(),
  sector: Sector.nullable(),
  leftOn: IsoDate,
});

/** One phase of the retention curve. Lab group only; a participant without joinedOn counts from the start. */
export const PhaseAttrition = z.object({
  phaseId: Id,
  name: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  /** Active the day before the phase starts. */
  atStart: z.number().int(),
  joined: z.number().int(),
  left: z.array(Leaver),
  leftBySector: z.array(z.object({ sector: Sector.nullable(), count: z.number().int() })),
  /** Active on the phase's last day: atStart + joined − left. */
  atEnd: z.number().int(),
  /** Everyone who had joined by the phase's end, whether or not they stayed. */
  everJoined: z.number().int(),
  /** atEnd ÷ everJoined: the share of everyone who had joined that is still in the lab. */
  retention: z.number().nullable(),
});
export type PhaseAttrition = z.infer<typeof PhaseAttrition>;
export const Attrition = z.object({ phases: z.array(PhaseAttrition) });
export type Attrition = z.infer<typeof Attrition>;

export const RESPONSIVENESS_LEVELS = ['high', 'medium', 'low'] as const;
export const ResponsivenessLevel = z.enum(RESPONSIVENESS_LEVELS);

export const ResponsivenessNote = Stamped.extend({
  participantId: Id,
  conveningId: Id.nullable(),
  phaseId: Id.nullable(),
  level: ResponsivenessLevel.nullable(),
  note: z.string(),
});
export type ResponsivenessNote = z.infer<typeof ResponsivenessNote>;

/** Sets the note of a participant at one convening or over one phase; no level and no text removes it. */
export const ResponsivenessNoteInput = z
  .object({
    participantId: Id,
    conveningId: Id.nullable().default(null),
    phaseId: Id.nullable().default(null),
    level: ResponsivenessLevel.nullable().default(null),
    note: z.string().trim().max(5000).default(''),
  })
  .refine((n) => (n.conveningId === null) !== (n.phaseId === null), {
    message: 'give either a convening or a phase',
    path: ['conveningId'],
  });
