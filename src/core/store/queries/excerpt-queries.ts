import type { Excerpt, RetrievedExcerpt } from '../../../shared/domain/coding';
import type { LabStore } from '../lab-store';
import type { SourceKind } from '../../../shared/domain/source';
import { FILTER_FROM, type FilterSql } from './excerpt-filter';

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

/** A source as excerpt lists show it; `rank` is its place in document order. */
interface ListedSource {
  id: string;
  title: string;
  kind: SourceKind;
  rank: number;
}

/**
 * Every source, keyed by rowid, ranked in document order: by date (undated last), then title. Lists sort
 * excerpts by (rank, start) as numbers, and take the title and kind from here rather than from every row.
 */
function listedSources(store: LabStore): { byRowid: Map<number, ListedSource>; byRank: ListedSource[] } {
  const rows = store
    .stmt(`SELECT rowid, id, title, kind FROM source ORDER BY date IS NULL, date, title, rowid`)
    .raw(true)
    .all() as [number, string, string, SourceKind][];
  const byRank = rows.map(([, id, title, kind], rank) => ({ id, title, kind, rank }));
  return { byRowid: new Map(rows.map((r, rank) => [r[0], byRank[rank]!])), byRank };
}

/**
 * Each listed excerpt's codings as one string, "code\x1fcoder\x1ecode\x1fcoder…", read in the same pass through
 * the (excerpt_id, code_id) index: looking 10,000 excerpts' codings up again by id afterwards took 40 % of a list.
 */
const CODINGS_COLUMN = `(SELECT group_concat(ec.code_id || char(31) || coalesce(ec.created_by, ''), char(30))
          FROM excerpt_code ec WHERE ec.excerpt_id = e.id)`;

/** The speaker as lists show it (pseudonym if mapped), joined only to the excerpts a filter kept. */
const LIST_FROM = `${FILTER_FROM}
  LEFT JOIN source_speaker sp ON sp.source_id = e.source_id AND sp.label = e.speaker
  LEFT JOIN participant p ON p.id = sp.participant_id`;

/** A listed excerpt as a row array: the first three are its sort key (rowid, source rowid, start). */
const LIST_COLUMNS = `e.rowid, s.rowid, e.start, e.id, e.end, e.text, e.context_before, e.context_after, e.memo, e.created_at,
       coalesce(p.pseudonym, e.speaker), sp.participant_id, ${CODINGS_COLUMN}`;
type ListedRow = [number, number, number, string, number, string, string, string, string, string, string | null, string | null, string | null];
type SortKey = [rowid: number, source: number, start: number];

/** Puts rows in document order: replaces each source rowid by its rank, then sorts by rank, start and rowid. */
function toDocumentOrder<R extends SortKey | ListedRow>(rows: R[], byRowid: Map<number, ListedSource>): R[] {
  for (const r of rows) r[1] = byRowid.get(r[1])!.rank;
  return rows.sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0] - b[0]);
}

/**
 * Excerpts a filter selects, with their source, speaker and context, in document order; the first `limit`
 * of them and the total. Rows are read as arrays and made into the result's objects once, at the end; the
 * statements here are used only here, so they stay in raw (array) mode in the statement cache. One read
 * transaction, so the sources, rows and codings agree even while another process writes.
 */
export function selectFilteredExcerpts(store: LabStore, f: FilterSql, limit: number): { total: number; excerpts: RetrievedExcerpt[] } {
  return store.tx(() => listFiltered(store, f, limit));
}

function listFiltered(store: LabStore, f: FilterSql, limit: number): { total: number; excerpts: RetrievedExcerpt[] } {
  const sources = listedSources(store);
  // When the whole list fits, fetch it unsorted and sort in JS: SQLite's sorter would carry every excerpt's
  // text and context through the sort.
  let rows = store
    .stmt(`SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE ${f.where} LIMIT @limit`)
    .raw(true)
    .all({ ...f.params, limit: limit + 1 }) as ListedRow[];
  let total = rows.length;
  if (rows.length <= limit) toDocumentOrder(rows, sources.byRowid);
  else {
    // Cut at the limit: sort the keys of every match (three numbers each), then read the first `limit` in full.
    const keys = toDocumentOrder(
      store.stmt(`SELECT e.rowid, s.rowid, e.start FROM ${f.from} WHERE ${f.where}`).raw(true).all(f.params) as SortKey[],
      sources.byRowid,
    );
    total = keys.length;
    const position = new Map(keys.slice(0, limit).map((k, i) => [k[0], i]));
    rows = new Array<ListedRow>(position.size);
    const read = store
      .stmt(`SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE e.rowid IN (SELECT value FROM json_each(?))`)
      .raw(true)
      .all(JSON.stringify([...position.keys()])) as ListedRow[];
    for (const r of read) {
      r[1] = sources.byRowid.get(r[1])!.rank;
      rows[position.get(r[0])!] = r;
    }
  }
  const coders = new Map((store.stmt(`SELECT id, name FROM coder`).all() as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  return {
    total,
    excerpts: rows.map(([, rank, start, excerptId, end, text, before, after, memo, createdAt, speaker, participantId, codings]) => {
      const source = sources.byRank[rank]!;
      const codes = parseCodings(codings, coders);
      return {
        excerptId,
        sourceId: source.id,
        sourceTitle: source.title,
        sourceKind: source.kind,
        start,
        end,
        text,
        before,
        after,
        memo,
        createdAt,
        speaker,
        participantId,
        codeIds: codes.codeIds,
        coderNames: codes.coderNames,
      };
    }),
  };
}

/** Codes and coders from the CODINGS_COLUMN string (coder names once each, in order of first coding). */
function parseCodings(codings: string | null, coders: Map<string, string>): { codeIds: string[]; coderNames: string[] } {
  const entry = { codeIds: [] as string[], coderNames: [] as string[] };
  if (codings === null) return entry;
  for (const coding of codings.split('\x1e')) {
    const cut = coding.indexOf('\x1f');
    entry.codeIds.push(coding.slice(0, cut));
    const coder = coders.get(coding.slice(cut + 1));
    if (coder && !entry.coderNames.includes(coder)) entry.coderNames.push(coder);
  }
  return entry;
}
