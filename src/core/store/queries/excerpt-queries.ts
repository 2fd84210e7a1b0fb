import type { Excerpt, RetrievedExcerpt } from '../../../shared/domain/coding';
import type { LabStore } from '../lab-store';
import type { FilterSql } from './excerpt-filter';

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

export function countExistingExcerpts(store: LabStore, ids: string[]): number {
  return (store.stmt(`SELECT count(*) AS n FROM excerpt WHERE id IN (SELECT value FROM json_each(?))`).get(JSON.stringify(ids)) as { n: number }).n;
}

export function codingsOfExcerpts(store: LabStore, excerptIds: string[]): { id: string; excerpt_id: string; code_id: string }[] {
  return store
    .stmt(`SELECT id, excerpt_id, code_id FROM excerpt_code WHERE excerpt_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(excerptIds)) as { id: string; excerpt_id: string; code_id: string }[];
}

/** Rows that hang on these excerpts (codings, own evidence tags, memo links), to remove with them. */
export function excerptAttachments(store: LabStore, excerptIds: string[]): { tbl: 'excerpt_code' | 'excerpt_evidence' | 'memo_excerpt'; id: string }[] {
  return store
    .stmt(
      `SELECT 'excerpt_code' AS tbl, id FROM excerpt_code WHERE excerpt_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'excerpt_evidence', id FROM excerpt_evidence WHERE excerpt_id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT 'memo_excerpt', id FROM memo_excerpt WHERE excerpt_id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: JSON.stringify(excerptIds) }) as { tbl: 'excerpt_code' | 'excerpt_evidence' | 'memo_excerpt'; id: string }[];
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

/**
 * Excerpts a filter selects, with their source, speaker and context, in document order; the first `limit`
 * of them and the total.
 */
type ListedRow = Omit<RetrievedExcerpt, 'codeIds' | 'coderNames'> & { sourceDate: string | null };

/** Document order for a list: sources by date (undated last), then title, then position in the source. */
function byDocumentOrder(a: ListedRow, b: ListedRow): number {
  if ((a.sourceDate === null) !== (b.sourceDate === null)) return a.sourceDate === null ? 1 : -1;
  if (a.sourceDate !== b.sourceDate) return (a.sourceDate ?? '') < (b.sourceDate ?? '') ? -1 : 1;
  if (a.sourceTitle !== b.sourceTitle) return a.sourceTitle < b.sourceTitle ? -1 : 1;
  return a.start - b.start;
}

export function selectFilteredExcerpts(store: LabStore, f: FilterSql, limit: number): { total: number; excerpts: RetrievedExcerpt[] } {
  const columns = `e.id AS excerptId, e.source_id AS sourceId, s.title AS sourceTitle, s.kind AS sourceKind, e.start, e.end,
              e.text, e.context_before AS before, e.context_after AS after, e.memo, e.created_at AS createdAt,
              coalesce(p.pseudonym, e.speaker) AS speaker, sp.participant_id AS participantId, s.date AS sourceDate`;
  // When the whole list fits, fetch it unsorted and sort in JS: SQLite's sorter would carry every excerpt's
  // text and context through the sort. Only a list cut at the limit needs SQL to choose which rows come first.
  let rows = store.stmt(`SELECT ${columns} FROM ${f.from} WHERE ${f.where} LIMIT @limit`).all({ ...f.params, limit: limit + 1 }) as ListedRow[];
  if (rows.length > limit) {
    rows = store
      .stmt(`SELECT ${columns} FROM ${f.from} WHERE ${f.where} ORDER BY s.date IS NULL, s.date, s.title, e.start LIMIT @limit`)
      .all({ ...f.params, limit }) as ListedRow[];
  } else rows.sort(byDocumentOrder);
  // Counting again is only needed when the list was cut at the limit.
  const total =
    rows.length < limit ? rows.length : (store.stmt(`SELECT count(*) AS n FROM ${f.from} WHERE ${f.where}`).get(f.params) as { n: number }).n;
  // Codes and coders of the listed excerpts in one query, rather than two subqueries per row.
  const codings = store
    .stmt(
      `SELECT x.excerpt_id, x.code_id, c.name FROM excerpt_code x LEFT JOIN coder c ON c.id = x.created_by
        WHERE x.excerpt_id IN (SELECT value FROM json_each(?))`,
    )
    .raw(true)
    .all(JSON.stringify(rows.map((r) => r.excerptId))) as [string, string, string | null][];
  const codesOf = new Map<string, { codeIds: string[]; coderNames: string[] }>();
  for (const [excerptId, codeId, coder] of codings) {
    let entry = codesOf.get(excerptId);
    if (!entry) codesOf.set(excerptId, (entry = { codeIds: [], coderNames: [] }));
    entry.codeIds.push(codeId);
    if (coder && !entry.coderNames.includes(coder)) entry.coderNames.push(coder);
  }
  return {
    total,
    excerpts: rows.map(({ sourceDate: _date, ...r }) => ({ ...r, ...(codesOf.get(r.excerptId) ?? { codeIds: [], coderNames: [] }) })),
  };
}

