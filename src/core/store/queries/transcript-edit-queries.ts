import type { ExcerptToReview } from '../../../shared/domain/transcript-edit';
import type { LabStore } from '../lab-store';

/** What an edit needs of each excerpt of a source: everything it may rewrite. */
export interface ExcerptPlace {
  id: string;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  context_before: string;
  context_after: string;
  block: number | null;
  needs_review: number;
  text_before_edit: string | null;
}

export function excerptPlacesOfSource(store: LabStore, sourceId: string): ExcerptPlace[] {
  return store
    .stmt(
      `SELECT id, start, end, text, speaker, context_before, context_after, block, needs_review, text_before_edit
         FROM excerpt WHERE source_id = ? ORDER BY start, end`,
    )
    .all(sourceId) as ExcerptPlace[];
}

export function sourceSpeakerRow(store: LabStore, sourceId: string, label: string): { id: string } | undefined {
  return store.stmt(`SELECT id FROM source_speaker WHERE source_id = ? AND label = ?`).get(sourceId, label) as { id: string } | undefined;
}

export function selectExcerptsToReview(store: LabStore, sourceId: string | null): ExcerptToReview[] {
  const rows = store
    .stmt(
      `SELECT e.id AS excerptId, e.source_id AS sourceId, s.title AS sourceTitle, e.start, e.end, e.text,
              e.text_before_edit AS textBeforeEdit, e.updated_at AS updatedAt,
              (SELECT json_group_array(ec.code_id) FROM excerpt_code ec WHERE ec.excerpt_id = e.id) AS codeIds
         FROM excerpt e JOIN source s ON s.id = e.source_id
        WHERE e.needs_review = 1 AND (@sourceId IS NULL OR e.source_id = @sourceId)
        ORDER BY s.title COLLATE NOCASE, e.source_id, e.start`,
    )
    .all({ sourceId }) as (Omit<ExcerptToReview, 'codeIds'> & { codeIds: string })[];
  return rows.map((r) => ({ ...r, codeIds: JSON.parse(r.codeIds) as string[] }));
}

export function flaggedAmong(store: LabStore, ids: string[]): string[] {
  return (
    store.stmt(`SELECT id FROM excerpt WHERE needs_review = 1 AND id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as { id: string }[]
  ).map((r) => r.id);
}
