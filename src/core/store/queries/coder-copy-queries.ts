import type Database from 'better-sqlite3';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

type Db = Database.Database;

/** The tables a merge reads whole, from the copy and from the open lab. Fixed names: safe to build SQL from. */
export const MERGED_TABLES = ['coder', 'source', 'code', 'excerpt', 'excerpt_code', 'excerpt_evidence', 'memo', 'memo_excerpt'] as const;
export type MergedTable = (typeof MERGED_TABLES)[number];

/** A whole table. A source row is its metadata only: text and file live in source_content, read for a source that comes in. */
export function selectAllRows(db: Db, tbl: MergedTable): Row[] {
  return db.prepare(`SELECT * FROM ${tbl}`).all() as Row[];
}

export interface CodingCopyRow {
  id: string;
  origin_lab_id: string;
  for_coder_id: string;
  hide_others: number;
  created_at: string;
  for_coder_name: string;
}

/** The marks a file carries as a coding copy (exactly one in a copy, none in a lab). */
export function selectCodingCopyMarks(db: Db): CodingCopyRow[] {
  return db
    .prepare(
      `SELECT cc.id, cc.origin_lab_id, cc.for_coder_id, cc.hide_others, cc.created_at, c.name AS for_coder_name
         FROM coding_copy cc JOIN coder c ON c.id = cc.for_coder_id`,
    )
    .all() as CodingCopyRow[];
}

export function selectLabId(db: Db): string | null {
  return (db.prepare(`SELECT id FROM lab LIMIT 1`).get() as { id: string } | undefined)?.id ?? null;
}

export interface CopyLogEntry {
  tbl: string;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
}

/**
 * The copy's whole change log, oldest first. A copy starts with an empty history, so this is exactly what was
 * done in it: inserts are its new rows, and the first "before" image of a column is its value when copied.
 */
export function selectCopyLog(db: Db): CopyLogEntry[] {
  return db
    .prepare(
      `SELECT l.tbl, l.row_id, l.op, l.before FROM change_log l
        WHERE l.tbl IN (SELECT value FROM json_each(?)) ORDER BY l.change_seq, l.n`,
    )
    .all(JSON.stringify(MERGED_TABLES)) as CopyLogEntry[];
}

/** A source with its content, speakers and default tags, to bring into the lab as it is in the copy. */
export function selectSourceParts(db: Db, sourceId: string): { content: Row | undefined; speakers: Row[]; evidence: Row[] } {
  return {
    content: db.prepare(`SELECT * FROM source_content WHERE id = ?`).get(sourceId) as Row | undefined,
    speakers: db.prepare(`SELECT * FROM source_speaker WHERE source_id = ?`).all(sourceId) as Row[],
    evidence: db.prepare(`SELECT * FROM source_evidence WHERE source_id = ?`).all(sourceId) as Row[],
  };
}

/** Which of these rows the open lab ever held (its change log names them): gone now means deleted here. */
export function selectEverLogged(store: LabStore, keys: { tbl: string; id: string }[]): Set<string> {
  if (keys.length === 0) return new Set();
  const rows = store
    .stmt(
      `SELECT DISTINCT l.tbl, l.row_id FROM change_log l
         JOIN json_each(?) k ON l.tbl = json_extract(k.value, '$[0]') AND l.row_id = json_extract(k.value, '$[1]')`,
    )
    .all(JSON.stringify(keys.map((k) => [k.tbl, k.id]))) as { tbl: string; row_id: string }[];
  return new Set(rows.map((r) => `${r.tbl}:${r.row_id}`));
}

/** Ids that exist in the open lab, for rows a merge links to but does not bring (values, participants, phases). */
export function selectExistingIds(store: LabStore, tbl: 'evidence_value' | 'participant' | 'phase' | 'convening'): Set<string> {
  return new Set((store.stmt(`SELECT id FROM ${tbl}`).all() as { id: string }[]).map((r) => r.id));
}

/** Decisions taken in earlier merges of this copy: conflict id → the copy's value then. */
export function selectMergeDecisions(store: LabStore, copyId: string): Map<string, string | null> {
  const rows = store.stmt(`SELECT decisions FROM coding_merge WHERE copy_id = ? ORDER BY created_at`).all(copyId) as { decisions: string }[];
  const out = new Map<string, string | null>();
  for (const r of rows) for (const d of JSON.parse(r.decisions) as { id: string; theirs: string | null }[]) out.set(d.id, d.theirs);
  return out;
}

/** Whether the open lab is itself a coding copy. */
export function isCodingCopy(store: LabStore): boolean {
  return store.stmt(`SELECT 1 FROM coding_copy LIMIT 1`).get() !== undefined;
}

// ---- Writing the copy: raw statements on the new file, before anyone has worked in it (nothing to undo). ----

export function findOrAddCoder(db: Db, name: string, now: string, newId: string): string {
  const found = db.prepare(`SELECT id FROM coder WHERE name = ?`).get(name) as { id: string } | undefined;
  if (found) return found.id;
  db.prepare(`INSERT INTO coder (id, name, created_at, updated_at) VALUES (?, ?, ?, ?)`).run(newId, name, now, now);
  return newId;
}

/**
 * Removes other coders' work from a copy: their codings and evidence tags, the excerpts left with no coding by
 * `coderId` that `coderId` did not make, and their memos. Returns what went.
 */
export function hideOtherCoders(db: Db, coderId: string): { excerpts: number; codings: number; memos: number } {
  const codings = db.prepare(`DELETE FROM excerpt_code WHERE created_by IS NOT ?`).run(coderId).changes;
  db.prepare(`DELETE FROM excerpt_evidence WHERE created_by IS NOT ?`).run(coderId);
  db.exec(`CREATE TEMP TABLE hidden_excerpt (id TEXT PRIMARY KEY)`);
  db.prepare(
    `INSERT INTO hidden_excerpt SELECT e.id FROM excerpt e
      WHERE e.created_by IS NOT ? AND NOT EXISTS (SELECT 1 FROM excerpt_code ec WHERE ec.excerpt_id = e.id)`,
  ).run(coderId);
  db.exec(`
    DELETE FROM excerpt_evidence WHERE excerpt_id IN (SELECT id FROM hidden_excerpt);
    DELETE FROM memo_excerpt WHERE excerpt_id IN (SELECT id FROM hidden_excerpt);
    DELETE FROM rubric_score_excerpt WHERE excerpt_id IN (SELECT id FROM hidden_excerpt);
  `);
  const excerpts = db.prepare(`DELETE FROM excerpt WHERE id IN (SELECT id FROM hidden_excerpt)`).run().changes;
  db.exec(`DROP TABLE hidden_excerpt`);
  // Kept excerpts another coder made keep no memo of theirs either.
  db.prepare(`UPDATE excerpt SET memo = '' WHERE created_by IS NOT ? AND memo != ''`).run(coderId);
  db.prepare(`DELETE FROM memo_excerpt WHERE memo_id IN (SELECT id FROM memo WHERE created_by IS NOT ?)`).run(coderId);
  const memos = db.prepare(`DELETE FROM memo WHERE created_by IS NOT ?`).run(coderId).changes;
  return { excerpts, codings, memos };
}

/** A copy starts its own history: the origin's undo steps (and its merges) mean nothing in it. */
export function startCopyHistory(db: Db): void {
  db.exec(`DELETE FROM change_log; DELETE FROM change_set; DELETE FROM coding_merge; DELETE FROM coding_copy;`);
}

export function insertCodingCopyMark(db: Db, row: { id: string; originLabId: string; forCoderId: string; hideOthers: boolean; at: string }): void {
  db.prepare(
    `INSERT INTO coding_copy (id, origin_lab_id, for_coder_id, hide_others, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(row.id, row.originLabId, row.forCoderId, row.hideOthers ? 1 : 0, row.at, row.at);
}

export function countExcerptsAndCodings(db: Db): { excerpts: number; codings: number } {
  return db.prepare(`SELECT (SELECT count(*) FROM excerpt) AS excerpts, (SELECT count(*) FROM excerpt_code) AS codings`).get() as {
    excerpts: number;
    codings: number;
  };
}
