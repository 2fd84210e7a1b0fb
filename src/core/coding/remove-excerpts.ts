import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import { excerptAttachments } from '../store/queries/excerpt-queries';
import { removeRubricLinksOfExcerpts } from '../tracking/dependents';

/** Removes excerpts with everything attached to them (codings, evidence tags, memo links), through the change log. */
export function removeExcerpts(w: RowWriter, store: LabStore, ids: string[]): void {
  if (!ids.length) return;
  for (const a of excerptAttachments(store, ids)) w.remove(a.tbl, a.id);
  removeRubricLinksOfExcerpts(w, store, ids);
  for (const id of ids) w.remove('excerpt', id);
}
