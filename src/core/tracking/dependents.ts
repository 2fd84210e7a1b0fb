import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import {
  rubricLinksOfExcerpts,
  trackingRowsOfConvenings,
  trackingRowsOfParticipants,
  trackingRowsOfPhase,
} from '../store/queries/tracking-queries';

/*
 * What deleting a participant, convening, phase or excerpt must do to the tracking rows that point at it, inside
 * the same change set so one undo restores both. Call these before removing the rows themselves.
 */

/** Their attendance, responsiveness notes and survey answers go; targets they owned stay, without an owner. */
export function removeTrackingOfParticipants(w: RowWriter, store: LabStore, ids: string[]): void {
  const { remove, detachOwner } = trackingRowsOfParticipants(store, ids);
  for (const r of remove) w.remove(r.tbl, r.id);
  for (const t of detachOwner) w.update('target', t, { owner_participant_id: null });
}

/** Attendance, guests and notes of the convenings go. */
export function removeTrackingOfConvenings(w: RowWriter, store: LabStore, ids: string[]): void {
  for (const r of trackingRowsOfConvenings(store, ids)) w.remove(r.tbl, r.id);
}

/** Notes on the phase go; its targets stay, without an iteration (as its convenings do). */
export function detachTrackingOfPhase(w: RowWriter, store: LabStore, id: string): void {
  const { notes, targets } = trackingRowsOfPhase(store, id);
  for (const n of notes) w.remove('responsiveness_note', n);
  for (const t of targets) w.update('target', t, { phase_id: null });
}

/** Rubric scores stop citing the excerpts (the links have no foreign key, so this is tidiness, not a must). */
export function removeRubricLinksOfExcerpts(w: RowWriter, store: LabStore, excerptIds: string[]): void {
  for (const id of rubricLinksOfExcerpts(store, excerptIds)) w.remove('rubric_score_excerpt', id);
}
