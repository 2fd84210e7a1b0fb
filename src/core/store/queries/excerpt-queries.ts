import type { Excerpt, RetrievedExcerpt } from '../../../shared/domain/coding';
import type { SourceKind } from '../../../shared/domain/source';
import type { LabStore } from '../lab-store';

interface ExcerptRow {
  id: string;
  created_at: string;
  updated_at: string;
  created_by: string | null;
  updated_by: string | null;
  source_id: string;
  start: number;
  end: number;
  text: string;
  memo: string;
  codes: string;
}

const EXCERPT_SQL = `
  SELECT e.id, e.created_at, e.updated_at, e.created_by, e.updated_by, e.source_id, e.start, e.end, e.text, e.memo,
         (SELECT json_group_array(json_object('codeId', ec.code_id, 'coderId', ec.created_by, 'coderName', c.name))
            FROM excerpt_code ec LEFT JOIN coder c ON c.id = ec.created_by WHERE ec.excerpt_id = e.id) AS codes
    FROM excerpt e`;

function toExcerpt(r: ExcerptRow): Excerpt {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    createdBy: r.created_by,
    updatedBy: r.updated_by,
    sourceId: r.source_id,
    start: r.start,
    end: r.end,
    text: r.text,
    memo: r.memo,
    codes: JSON.parse(r.codes) as Excerpt['codes'],
  };
}

export function selectExcerptsOfSource(store: LabStore, sourceId: string): Excerpt[] {
  return (store.stmt(`${EXCERPT_SQL} WHERE e.source_id = ? ORDER BY e.start, e.end`).all(sourceId) as ExcerptRow[]).map(toExcerpt);
}

export function selectExcerpt(store: LabStore, id: string): Excerpt | undefined {
  const r = store.stmt(`${EXCERPT_SQL} WHERE e.id = ?`).get(id) as ExcerptRow | undefined;
  return r ? toExcerpt(r) : undefined;
}

export function excerptWithRange(store: LabStore, sourceId: string, start: number, end: number): string | undefined {
  return (
    store.stmt(`SELECT id FROM excerpt WHERE source_id = ? AND start = ? AND end = ?`).get(sourceId, start, end) as
      | { id: string }
      | undefined
  )?.id;
}

export function codingsOfExcerpts(store: LabStore, excerptIds: string[]): { id: string; excerpt_id: string; code_id: string }[] {
  return store
    .stmt(`SELECT id, excerpt_id, code_id FROM excerpt_code WHERE excerpt_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(excerptIds)) as { id: string; excerpt_id: string; code_id: string }[];
}

export function excerptIdsOfSources(store: LabStore, sourceIds: string[]): string[] {
  return (
    store.stmt(`SELECT id FROM excerpt WHERE source_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sourceIds)) as {
      id: string;
    }[]
  ).map((r) => r.id);
}

/** Excerpts left without any code, among these. */
export function uncodedExcerpts(store: LabStore, excerptIds: string[]): string[] {
  return (
    store
      .stmt(
        `SELECT e.id FROM excerpt e WHERE e.id IN (SELECT value FROM json_each(?))
            AND NOT EXISTS (SELECT 1 FROM excerpt_code ec WHERE ec.excerpt_id = e.id) AND e.memo = ''`,
      )
      .all(JSON.stringify(excerptIds)) as { id: string }[]
  ).map((r) => r.id);
}

export interface RetrievalQuery {
  codeIds: string[];
  sourceKinds?: SourceKind[] | undefined;
  phaseIds?: string[] | undefined;
  coderIds?: string[] | undefined;
  limit: number;
}

/**
 * Excerpts carrying any of `codeIds`, with their source, speaker and context, in document order. Filters
 * are bound as JSON arrays so one prepared statement serves every combination.
 */
export function selectRetrieval(store: LabStore, q: RetrievalQuery): { total: number; excerpts: RetrievedExcerpt[] } {
  const params = {
    codes: JSON.stringify(q.codeIds),
    kinds: q.sourceKinds?.length ? JSON.stringify(q.sourceKinds) : null,
    phases: q.phaseIds?.length ? JSON.stringify(q.phaseIds) : null,
    coders: q.coderIds?.length ? JSON.stringify(q.coderIds) : null,
    limit: q.limit,
  };
  const matching = `
    SELECT DISTINCT ec.excerpt_id AS id FROM excerpt_code ec
     WHERE ec.code_id IN (SELECT value FROM json_each(@codes))
       AND (@coders IS NULL OR ec.created_by IN (SELECT value FROM json_each(@coders)))`;
  const filters = `
       (@kinds IS NULL OR s.kind IN (SELECT value FROM json_each(@kinds)))
   AND (@phases IS NULL OR s.phase_id IN (SELECT value FROM json_each(@phases)))`;
  const rows = store
    .stmt(
      `SELECT e.id AS excerptId, e.source_id AS sourceId, s.title AS sourceTitle, s.kind AS sourceKind, e.start, e.end,
              e.text, e.context_before AS before, e.context_after AS after, e.memo, e.created_at AS createdAt,
              coalesce(p.pseudonym, e.speaker) AS speaker, sp.participant_id AS participantId,
              (SELECT group_concat(x.code_id, ',') FROM excerpt_code x WHERE x.excerpt_id = e.id) AS codeIds,
              (SELECT group_concat(name, char(31)) FROM (SELECT DISTINCT c.name FROM excerpt_code x
                 JOIN coder c ON c.id = x.created_by WHERE x.excerpt_id = e.id)) AS coderNames
         FROM (${matching}) m
         JOIN excerpt e ON e.id = m.id
         JOIN source s ON s.id = e.source_id
         LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
         LEFT JOIN participant p ON p.id = sp.participant_id
        WHERE ${filters}
        ORDER BY s.date IS NULL, s.date, s.title, e.start
        LIMIT @limit`,
    )
    .all(params) as (Omit<RetrievedExcerpt, 'codeIds' | 'coderNames'> & { codeIds: string | null; coderNames: string | null })[];
  // Counting again is only needed when the list was cut at the limit.
  const total =
    rows.length < q.limit
      ? rows.length
      : (
          store
            .stmt(`SELECT count(*) AS n FROM (${matching}) m JOIN excerpt e ON e.id = m.id JOIN source s ON s.id = e.source_id WHERE ${filters}`)
            .get(params) as { n: number }
        ).n;
  return {
    total,
    // Lists come back joined (UUIDs by commas, names by the unit separator): far cheaper to split than a JSON
    // array per row, on lists of ten thousand.
    excerpts: rows.map((r) => ({
      ...r,
      codeIds: r.codeIds ? r.codeIds.split(',') : [],
      coderNames: r.coderNames ? r.coderNames.split('\u001f') : [],
    })),
  };
}
