import type { OpInput } from '../../../shared/contract';
import type { Sector } from '../../../shared/domain/participant';
import type { ConveningAttendance } from '../../../shared/domain/participation';

export interface GuestDraft {
  /** A stable key for the list; `id` only for guests already stored. */
  key: string;
  id?: string;
  name: string;
  organisation: string;
  sector: Sector | null;
}

/** Someone added on the spot as a participant of the lab, saved (present) with the attendance. */
export interface NewPersonDraft {
  key: string;
  displayName: string;
  organisation: string;
  sector: Sector | null;
  role: string;
  email: string;
}

export interface AttendanceDraft {
  present: Record<string, boolean>;
  guests: GuestDraft[];
  newPeople: NewPersonDraft[];
}

export function draftOf(a: ConveningAttendance): AttendanceDraft {
  return {
    present: Object.fromEntries(a.roster.map((r) => [r.participantId, r.status === 'present'])),
    guests: a.guests.map((g) => ({ key: g.id, id: g.id, name: g.name, organisation: g.organisation, sector: g.sector })),
    newPeople: [],
  };
}

const guestKey = (g: Pick<GuestDraft, 'id' | 'name' | 'organisation' | 'sector'>) =>
  JSON.stringify([g.id ?? null, g.name, g.organisation, g.sector]);

function guestsChanged(a: ConveningAttendance, draft: AttendanceDraft): boolean {
  const before = a.guests.map(guestKey);
  const after = draft.guests.map(guestKey);
  return before.length !== after.length || before.some((k, i) => k !== after[i]);
}

/**
 * What saving sends: a status for each participant whose status changes (taking attendance records the
 * unticked as absent), the guests when they changed, and the people added on the spot. Null when nothing
 * would change.
 */
export function attendanceInput(a: ConveningAttendance, draft: AttendanceDraft): OpInput<'attendance.set'> | null {
  const entries = a.roster.flatMap((r) => {
    const status: 'present' | 'absent' = draft.present[r.participantId] ? 'present' : 'absent';
    return status === r.status ? [] : [{ participantId: r.participantId, status }];
  });
  const guests = guestsChanged(a, draft)
    ? draft.guests.map((g) => ({ ...(g.id ? { id: g.id } : {}), name: g.name, organisation: g.organisation, sector: g.sector }))
    : undefined;
  const newParticipants = draft.newPeople.map((p) => ({
    displayName: p.displayName,
    organisation: p.organisation,
    sector: p.sector,
    role: p.role,
    email: p.email,
  }));
  if (entries.length === 0 && !guests && newParticipants.length === 0) return null;
  return { conveningId: a.conveningId, entries, ...(guests ? { guests } : {}), newParticipants };
}

let counter = 0;
export function newKey(): string {
  counter += 1;
  return `new-${counter}`;
}
