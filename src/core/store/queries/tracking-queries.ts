import type { LabStore } from '../lab-store';
import type { DataTable } from '../rows';

export function countSourcesExcerptsParticipants(store: LabStore): { sources: number; excerpts: number; participants: number } {
  return store
    .stmt(
      `SELECT (SELECT count(*) FROM source) AS sources, (SELECT count(*) FROM excerpt) AS excerpts,
              (SELECT count(*) FROM participant) AS participants`,
    )
    .get() as { sources: number; excerpts: number; participants: number };
}

type Dependent = { tbl: DataTable; id: string };

/** Tracking rows that name these participants: to remove with them (attendance, notes, answers) or detach (owners). */
export function trackingRowsOfParticipants(store: LabStore, ids: string[]): { remove: Dependent[]; detachOwner: string[] } {
  const json = JSON.stringify(ids);
  const remove = store
    .stmt(
      `SELECT 'attendance' AS tbl, id FROM attendance WHERE participant_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'responsiveness_note', id FROM responsiveness_note WHERE participant_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'survey_answer', id FROM survey_answer WHERE participant_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: json }) as Dependent[];
  const detachOwner = (
    store.stmt(`SELECT id FROM target WHERE owner_participant_id IN (SELECT value FROM json_each(?))`).all(json) as { id: string }[]
  ).map((r) => r.id);
  return { remove, detachOwner };
}

/** Attendance, guests and notes of these convenings. */
export function trackingRowsOfConvenings(store: LabStore, ids: string[]): Dependent[] {
  return store
    .stmt(
      `SELECT 'attendance' AS tbl, id FROM attendance WHERE convening_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'convening_guest', id FROM convening_guest WHERE convening_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'responsiveness_note', id FROM responsiveness_note WHERE convening_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(ids) }) as Dependent[];
}

/** Notes on this phase (removed with it) and its targets (kept, without an iteration). */
export function trackingRowsOfPhase(store: LabStore, id: string): { notes: string[]; targets: string[] } {
  const notes = (store.stmt(`SELECT id FROM responsiveness_note WHERE phase_id = ?`).all(id) as { id: string }[]).map((r) => r.id);
  const targets = (store.stmt(`SELECT id FROM target WHERE phase_id = ?`).all(id) as { id: string }[]).map((r) => r.id);
  return { notes, targets };
}

/** Rubric links to these excerpts, to remove with them. */
export function rubricLinksOfExcerpts(store: LabStore, excerptIds: string[]): string[] {
  return (
    store.stmt(`SELECT id FROM rubric_score_excerpt WHERE excerpt_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(excerptIds)) as { id: string }[]
  ).map((r) => r.id);
}
