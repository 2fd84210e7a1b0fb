import type { LabStore } from '../lab-store';

export interface CodingRow {
  sourceId: string;
  codeId: string;
  excerptId: string;
  /** 'a' for the first coder asked for, 'b' for the second. */
  coder: 'a' | 'b';
  start: number;
  end: number;
}

/**
 * Every coding made by either of two coders, optionally within some sources. A coding's coder is the one who
 * added the code to the excerpt (`excerpt_code.created_by`), not the one who first marked the range: a second
 * coder who adds a code to an existing excerpt made that coding. One pass over `excerpt_code`, not a query per
 * source or code.
 */
export function selectCodingsOfCoders(store: LabStore, [a, b]: [string, string], sourceIds?: readonly string[]): CodingRow[] {
  // The row comes out in the shape the comparison takes, so 100,000 codings are not copied once more to tag them.
  const base = `SELECT e.source_id AS sourceId, ec.code_id AS codeId, e.id AS excerptId,
                       CASE ec.created_by WHEN @a THEN 'a' ELSE 'b' END AS coder, e.start, e.end
                  FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id
                 WHERE ec.created_by IN (@a, @b)`;
  if (!sourceIds) return store.stmt(base).all({ a, b }) as CodingRow[];
  return store.stmt(`${base} AND e.source_id IN (SELECT value FROM json_each(@sources))`).all({ a, b, sources: JSON.stringify(sourceIds) }) as CodingRow[];
}

/**
 * Each source's length in UTF-16 code units (the unit of excerpt offsets). SQLite's length() counts code points,
 * which is one less per character outside the Basic Multilingual Plane (emoji); only texts holding such a
 * character (a UTF-8 lead byte F0–F4, which no other character uses) are read whole to count them.
 */
export function selectSourceLengths(store: LabStore, sourceIds: readonly string[]): Map<string, number> {
  const rows = store
    .stmt(
      `SELECT id, length(text) AS points,
              CASE WHEN instr(CAST(text AS BLOB), X'F0') OR instr(CAST(text AS BLOB), X'F1') OR instr(CAST(text AS BLOB), X'F2')
                     OR instr(CAST(text AS BLOB), X'F3') OR instr(CAST(text AS BLOB), X'F4') THEN text END AS wide
         FROM source_content WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(sourceIds)) as { id: string; points: number; wide: string | null }[];
  return new Map(rows.map((r) => [r.id, r.wide === null ? r.points : r.wide.length]));
}

/** Titles of some sources, in the order the app lists sources by name. */
export function selectSourceTitles(store: LabStore, sourceIds: readonly string[]): { id: string; title: string }[] {
  return store
    .stmt(`SELECT id, title FROM source WHERE id IN (SELECT value FROM json_each(?)) ORDER BY title COLLATE NOCASE, id`)
    .all(JSON.stringify(sourceIds)) as { id: string; title: string }[];
}

/** The texts of some sources, to quote the spans shown. */
export function selectSourceTexts(store: LabStore, sourceIds: readonly string[]): Map<string, string> {
  const rows = store.stmt(`SELECT id, text FROM source_content WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(sourceIds)) as {
    id: string;
    text: string;
  }[];
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Names of some codes, by id. */
export function selectCodeNames(store: LabStore, codeIds: readonly string[]): Map<string, string> {
  const rows = store.stmt(`SELECT id, name FROM code WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(codeIds)) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

export function coderExists(store: LabStore, id: string): boolean {
  return store.stmt(`SELECT 1 FROM coder WHERE id = ?`).get(id) !== undefined;
}
