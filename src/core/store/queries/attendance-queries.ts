import type { AttendanceStatus, Guest, ResponsivenessNote } from '../../../shared/domain/participation';
import type { Sector } from '../../../shared/domain/participant';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export interface AttendanceRow {
  id: string;
  convening_id: string;
  participant_id: string;
  status: AttendanceStatus;
}

export function selectAttendance(store: LabStore): AttendanceRow[] {
  return store.stmt(`SELECT id, convening_id, participant_id, status FROM attendance`).all() as AttendanceRow[];
}

export function selectAttendanceOf(store: LabStore, conveningId: string): AttendanceRow[] {
  return store
    .stmt(`SELECT id, convening_id, participant_id, status FROM attendance WHERE convening_id = ?`)
    .all(conveningId) as AttendanceRow[];
}

export const guestCodec = codec<Guest & { conveningId: string }>({
  conveningId: ['convening_id', 'text'],
  name: ['name', 'text'],
  organisation: ['organisation', 'text'],
  sector: ['sector', 'text'],
});

export function selectGuestsOf(store: LabStore, conveningId: string): Guest[] {
  return (store.stmt(`SELECT * FROM convening_guest WHERE convening_id = ? ORDER BY name COLLATE NOCASE`).all(conveningId) as Row[]).map(
    (r) => {
      const g = guestCodec.fromRow(r);
      return { id: g.id, name: g.name, organisation: g.organisation, sector: g.sector as Sector | null };
    },
  );
}

/** Named guests per convening. */
export function guestCounts(store: LabStore): Map<string, number> {
  const rows = store.stmt(`SELECT convening_id, count(*) AS n FROM convening_guest GROUP BY convening_id`).all() as { convening_id: string; n: number }[];
  return new Map(rows.map((r) => [r.convening_id, r.n]));
}

export const noteCodec = codec<ResponsivenessNote>({
  participantId: ['participant_id', 'text'],
  conveningId: ['convening_id', 'text'],
  phaseId: ['phase_id', 'text'],
  level: ['level', 'text'],
  note: ['note', 'text'],
});

export function selectNotes(store: LabStore, f: { participantId?: string | undefined; conveningId?: string | undefined; phaseId?: string | undefined }): ResponsivenessNote[] {
  return (
    store
      .stmt(
        `SELECT n.* FROM responsiveness_note n
           LEFT JOIN convening c ON c.id = n.convening_id LEFT JOIN phase p ON p.id = n.phase_id
          WHERE (@participant IS NULL OR n.participant_id = @participant)
            AND (@convening IS NULL OR n.convening_id = @convening)
            AND (@phase IS NULL OR n.phase_id = @phase)
          ORDER BY coalesce(c.date, p.start_date), n.created_at`,
      )
      .all({ participant: f.participantId ?? null, convening: f.conveningId ?? null, phase: f.phaseId ?? null }) as Row[]
  ).map(noteCodec.fromRow);
}

export function noteIdFor(store: LabStore, participantId: string, conveningId: string | null, phaseId: string | null): string | undefined {
  const r = store
    .stmt(`SELECT id FROM responsiveness_note WHERE participant_id = ? AND convening_id IS ? AND phase_id IS ?`)
    .get(participantId, conveningId, phaseId) as { id: string } | undefined;
  return r?.id;
}
