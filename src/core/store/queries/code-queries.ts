import type { Code, CodeWithCounts } from '../../../shared/domain/coding';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const codeCodec = codec<Code>({
  name: ['name', 'text'],
  colour: ['colour', 'text'],
  parentId: ['parent_id', 'text'],
  position: ['position', 'int'],
  pinned: ['pinned', 'int'],
  definition: ['definition', 'text'],
  whenToUse: ['when_to_use', 'text'],
  whenNotToUse: ['when_not_to_use', 'text'],
  example: ['example', 'text'],
});

/**
 * Every code with its own counts and the counts of its subtree (an excerpt coded with a parent and a child
 * counts once for the parent). One recursive query, not a query per code.
 */
export function selectCodesWithCounts(store: LabStore): CodeWithCounts[] {
  const rows = store
    .stmt(
      `WITH RECURSIVE sub(ancestor, id) AS (
         SELECT id, id FROM code
         UNION ALL
         SELECT sub.ancestor, c.id FROM code c JOIN sub ON c.parent_id = sub.id
       ),
       own AS (
         SELECT ec.code_id, count(*) AS n, count(DISTINCT e.source_id) AS s
           FROM excerpt_code ec JOIN excerpt e ON e.id = ec.excerpt_id GROUP BY ec.code_id
       ),
       total AS (
         SELECT sub.ancestor, count(DISTINCT ec.excerpt_id) AS n, count(DISTINCT e.source_id) AS s
           FROM sub JOIN excerpt_code ec ON ec.code_id = sub.id JOIN excerpt e ON e.id = ec.excerpt_id
          GROUP BY sub.ancestor
       )
       SELECT c.*, coalesce(own.n, 0) AS own_n, coalesce(own.s, 0) AS own_s,
              coalesce(total.n, 0) AS total_n, coalesce(total.s, 0) AS total_s
         FROM code c LEFT JOIN own ON own.code_id = c.id LEFT JOIN total ON total.ancestor = c.id
        ORDER BY c.position, c.name COLLATE NOCASE`,
    )
    .all() as (Row & { own_n: number; own_s: number; total_n: number; total_s: number })[];
  return rows.map((r) => ({
    ...codeCodec.fromRow(r),
    excerptCount: r.own_n,
    sourceCount: r.own_s,
    totalExcerptCount: r.total_n,
    totalSourceCount: r.total_s,
  }));
}

export function selectCode(store: LabStore, id: string): Code | undefined {
  const row = store.rows.get('code', id);
  return row ? codeCodec.fromRow(row) : undefined;
}

/** The code and all its descendants, parents before children. */
export function subtreeIds(store: LabStore, id: string): string[] {
  return (
    store
      .stmt(
        `WITH RECURSIVE sub(id, depth) AS (SELECT ?, 0 UNION ALL SELECT c.id, sub.depth + 1 FROM code c JOIN sub ON c.parent_id = sub.id)
         SELECT id FROM sub ORDER BY depth`,
      )
      .all(id) as { id: string }[]
  ).map((r) => r.id);
}

export function childIds(store: LabStore, parentId: string | null): string[] {
  return (
    store.stmt(`SELECT id FROM code WHERE parent_id IS ? ORDER BY position, name COLLATE NOCASE`).all(parentId) as { id: string }[]
  ).map((r) => r.id);
}

export function siblingNamed(store: LabStore, parentId: string | null, name: string): string | undefined {
  return (
    store.stmt(`SELECT id FROM code WHERE parent_id IS ? AND name = ? COLLATE NOCASE`).get(parentId, name) as { id: string } | undefined
  )?.id;
}

export function nextCodePosition(store: LabStore, parentId: string | null): number {
  return (store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM code WHERE parent_id IS ?`).get(parentId) as { p: number }).p;
}

export function codingsOfCodes(store: LabStore, codeIds: string[]): { id: string; excerpt_id: string; code_id: string }[] {
  return store
    .stmt(`SELECT id, excerpt_id, code_id FROM excerpt_code WHERE code_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(codeIds)) as { id: string; excerpt_id: string; code_id: string }[];
}
