import type { z } from 'zod';
import type { AttendanceStatus, ConveningAttendance, SetAttendanceInput } from '../../shared/domain/participation';
import type { Convening } from '../../shared/domain/timeline';
import { OpError } from '../errors';
import { createParticipant } from '../lab/participants';
import type { LabStore } from '../store/lab-store';
import { guestCodec, selectAttendanceOf, selectGuestsOf } from '../store/queries/attendance-queries';
import { selectParticipants } from '../store/queries/people-queries';
import { conveningCodec } from '../store/queries/timeline-queries';
import { activeOn, conveningRate } from './participation-rates';

export function mustGetConvening(store: LabStore, id: string, field = 'conveningId'): Convening {
  const row = store.rows.get('convening', id);
  if (!row) throw new OpError('NOT_FOUND', `${field}: that convening does not exist`);
  return conveningCodec.fromRow(row);
}

/** The tick-list of one convening: lab participants active that day, anyone else already recorded, the guests. */
export function getAttendance(store: LabStore, conveningId: string): ConveningAttendance {
  const c = mustGetConvening(store, conveningId);
  const statuses = new Map<string, AttendanceStatus>(selectAttendanceOf(store, conveningId).map((a) => [a.participant_id, a.status]));
  const people = selectParticipants(store);
  const guests = selectGuestsOf(store, conveningId);
  const roster = people
    .filter((p) => activeOn(p, c.date) || statuses.has(p.id))
    .map((p) => ({
      participantId: p.id,
      displayName: p.displayName,
      pseudonym: p.pseudonym,
      organisation: p.organisation,
      sector: p.sector,
      group: p.group,
      active: activeOn(p, c.date),
      status: statuses.get(p.id) ?? null,
    }));
  return { conveningId: c.id, name: c.name, date: c.date, roster, guests, summary: conveningRate(c, people, statuses, guests.length) };
}

/** Ticks, guests and people added on the spot, written as one undoable step. */
export function setAttendance(store: LabStore, input: z.infer<typeof SetAttendanceInput>): ConveningAttendance {
  const c = mustGetConvening(store, input.conveningId);
  const known = new Set(selectParticipants(store).map((p) => p.id));
  input.entries.forEach((e, i) => {
    if (!known.has(e.participantId)) throw new OpError('NOT_FOUND', `entries.${i}.participantId: that participant does not exist`);
  });
  const seen = new Set<string>();
  input.entries.forEach((e, i) => {
    if (seen.has(e.participantId)) throw new OpError('INVALID_INPUT', `entries.${i}: the same participant is listed twice`);
    seen.add(e.participantId);
  });
  const existingGuests = new Set(selectGuestsOf(store, c.id).map((g) => g.id));
  input.guests?.forEach((g, i) => {
    if (g.id && !existingGuests.has(g.id)) throw new OpError('NOT_FOUND', `guests.${i}.id: that guest is not recorded at this convening`);
  });
  store.write(`Take attendance at ${c.name}`, (w) => {
    const rows = new Map(selectAttendanceOf(store, c.id).map((a) => [a.participant_id, a]));
    const mark = (participantId: string, status: AttendanceStatus | null) => {
      const row = rows.get(participantId);
      if (status === null) {
        if (row) w.remove('attendance', row.id);
      } else if (!row) {
        w.insert('attendance', { convening_id: c.id, participant_id: participantId, status });
      } else if (row.status !== status) {
        w.update('attendance', row.id, { status });
      }
    };
    for (const e of input.entries) mark(e.participantId, e.status);
    for (const person of input.newParticipants) {
      // A guest who joins the lab on the spot joined on the convening's date, unless told otherwise.
      const p = createParticipant(store, { ...person, joinedOn: person.joinedOn ?? c.date });
      mark(p.id, 'present');
    }
    if (input.guests) {
      const kept = new Set(input.guests.flatMap((g) => (g.id ? [g.id] : [])));
      for (const id of existingGuests) if (!kept.has(id)) w.remove('convening_guest', id);
      for (const g of input.guests) {
        const values = guestCodec.toRow({ name: g.name, organisation: g.organisation, sector: g.sector });
        if (g.id) w.update('convening_guest', g.id, values);
        else w.insert('convening_guest', { ...values, convening_id: c.id });
      }
    }
  });
  return getAttendance(store, c.id);
}
