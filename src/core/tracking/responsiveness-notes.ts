import type { z } from 'zod';
import type { ResponsivenessNote, ResponsivenessNoteInput } from '../../shared/domain/participation';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { noteCodec, noteIdFor } from '../store/queries/attendance-queries';

/** Sets (or, with neither level nor text, removes) a participant's responsiveness note at a convening or over a phase. */
export function setResponsivenessNote(store: LabStore, input: z.infer<typeof ResponsivenessNoteInput>): ResponsivenessNote | null {
  const person = store.rows.get('participant', input.participantId);
  if (!person) throw new OpError('NOT_FOUND', 'participantId: that participant does not exist');
  if (input.conveningId && !store.rows.get('convening', input.conveningId)) throw new OpError('NOT_FOUND', 'conveningId: that convening does not exist');
  if (input.phaseId && !store.rows.get('phase', input.phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
  const existing = noteIdFor(store, input.participantId, input.conveningId, input.phaseId);
  const empty = input.level === null && input.note === '';
  const label = `Note on ${String(person.pseudonym)}’s responsiveness`;
  if (empty) {
    if (existing) store.write(label, (w) => w.remove('responsiveness_note', existing));
    return null;
  }
  const values = noteCodec.toRow({ level: input.level, note: input.note });
  const row = store.write(label, (w) =>
    existing
      ? w.update('responsiveness_note', existing, values)
      : w.insert('responsiveness_note', noteCodec.toRow({ ...input })),
  );
  return noteCodec.fromRow(row);
}
