import type { Axis } from '../../../shared/domain/evidence';
import type { LabStore } from '../lab-store';
import type { FilterSql } from './excerpt-filter';

/**
 * One side of a cross-table, as SQL yielding (excerpt_id, k) for the filtered excerpts `f`. An excerpt can
 * fall in several keys (two codes, two evidence types); '' is the "none" key (no phase, unmapped speaker).
 */
function axisSql(axis: Axis, name: string, params: Record<string, string | number>): string {
  const speaker = `FROM f LEFT JOIN source_speaker sp ON sp.source_id = f.source_id AND sp.label = f.speaker
                   LEFT JOIN participant p ON p.id = sp.participant_id`;
  const source = `FROM f JOIN source s ON s.id = f.source_id`;
  switch (axis.kind) {
    case 'dimension':
      params[`${name}Dim`] = axis.dimensionId;
      return `SELECT t.excerpt_id, t.value_id AS k FROM excerpt_tag t JOIN f ON f.id = t.excerpt_id WHERE t.dimension_id = @${name}Dim`;
    case 'phase':
      return `SELECT f.id AS excerpt_id, coalesce(s.phase_id, '') AS k ${source}`;
    case 'convening':
      return `SELECT f.id AS excerpt_id, coalesce(s.convening_id, '') AS k ${source}`;
    case 'sourceKind':
      return `SELECT f.id AS excerpt_id, s.kind AS k ${source}`;
    case 'code':
      return `SELECT ec.excerpt_id, ec.code_id AS k FROM excerpt_code ec JOIN f ON f.id = ec.excerpt_id`;
    case 'topCode':
      return `SELECT DISTINCT ec.excerpt_id, r.root AS k FROM excerpt_code ec JOIN f ON f.id = ec.excerpt_id JOIN code_root r ON r.id = ec.code_id`;
    case 'sector':
      return `SELECT f.id AS excerpt_id, coalesce(p.sector, '') AS k ${speaker}`;
    case 'role':
      return `SELECT f.id AS excerpt_id, coalesce(nullif(p.role, ''), '') AS k ${speaker}`;
    case 'level':
      return `SELECT f.id AS excerpt_id, coalesce(p.level, '') AS k ${speaker}`;
    case 'group':
      return `SELECT f.id AS excerpt_id, coalesce(p.grp, '') AS k ${speaker}`;
    case 'participant':
      return `SELECT f.id AS excerpt_id, coalesce(p.id, '') AS k ${speaker}`;
    case 'organisation':
      return `SELECT f.id AS excerpt_id, coalesce(nullif(p.organisation, ''), '') AS k ${speaker}`;
    case 'attribute':
      params[`${name}Attr`] = `$."${axis.name.replace(/["\\]/g, '')}"`;
      return `SELECT f.id AS excerpt_id, coalesce(json_extract(p.attributes, @${name}Attr), '') AS k ${speaker}`;
  }
}

function withClause(filter: FilterSql, rows: Axis, cols: Axis, params: Record<string, string | number>): string {
  return `WITH RECURSIVE
    code_root(id, root) AS (SELECT id, id FROM code WHERE parent_id IS NULL
                            UNION ALL SELECT c.id, r.root FROM code c JOIN code_root r ON c.parent_id = r.id),
    f AS MATERIALIZED (SELECT e.id, e.source_id, e.speaker FROM ${filter.from} WHERE ${filter.where}),
    a AS (${axisSql(rows, 'a', params)}),
    b AS (${axisSql(cols, 'b', params)})`;
}

/** Distinct excerpts per (row key, column key), and per row, per column and in all. */
export function selectCrossCounts(store: LabStore, filter: FilterSql, rows: Axis, cols: Axis) {
  const params = { ...filter.params };
  const head = withClause(filter, rows, cols, params);
  const cells = store
    .stmt(`${head} SELECT a.k AS row, b.k AS col, count(DISTINCT a.excerpt_id) AS count FROM a JOIN b ON b.excerpt_id = a.excerpt_id GROUP BY a.k, b.k`)
    .all(params) as { row: string; col: string; count: number }[];
  const rowTotals = store
    .stmt(`${head} SELECT a.k AS k, count(DISTINCT a.excerpt_id) AS n FROM a WHERE a.excerpt_id IN (SELECT excerpt_id FROM b) GROUP BY a.k`)
    .all(params) as { k: string; n: number }[];
  const colTotals = store
    .stmt(`${head} SELECT b.k AS k, count(DISTINCT b.excerpt_id) AS n FROM b WHERE b.excerpt_id IN (SELECT excerpt_id FROM a) GROUP BY b.k`)
    .all(params) as { k: string; n: number }[];
  const total = (
    store.stmt(`${head} SELECT count(DISTINCT a.excerpt_id) AS n FROM a WHERE a.excerpt_id IN (SELECT excerpt_id FROM b)`).get(params) as { n: number }
  ).n;
  return { cells, rowTotals, colTotals, total };
}

export function selectCellExcerptIds(store: LabStore, filter: FilterSql, rows: Axis, cols: Axis, row: string, col: string): string[] {
  const params: Record<string, string | number> = { ...filter.params, cellRow: row, cellCol: col };
  const head = withClause(filter, rows, cols, params);
  return (
    store.stmt(`${head} SELECT DISTINCT a.excerpt_id AS id FROM a JOIN b ON b.excerpt_id = a.excerpt_id WHERE a.k = @cellRow AND b.k = @cellCol`).all(params) as {
      id: string;
    }[]
  ).map((r) => r.id);
}

/** Every coding with its excerpt's place, sorted for a sweep over each source. */
export function selectCodingsInOrder(store: LabStore): { id: string; source_id: string; start: number; end: number; block: number | null; code_id: string }[] {
  return store
    .stmt(
      `SELECT e.id, e.source_id, e.start, e.end, e.block, ec.code_id FROM excerpt e JOIN excerpt_code ec ON ec.excerpt_id = e.id
        ORDER BY e.source_id, e.start, e.id`,
    )
    .all() as { id: string; source_id: string; start: number; end: number; block: number | null; code_id: string }[];
}

export interface AxisLabels {
  values: Map<string, string>;
  phases: { id: string; name: string }[];
  convenings: { id: string; name: string }[];
  codes: { id: string; name: string; parent_id: string | null; position: number }[];
  participants: Map<string, string>;
}

export function selectAxisLabels(store: LabStore): AxisLabels {
  return {
    values: new Map((store.stmt(`SELECT id, label FROM evidence_value`).all() as { id: string; label: string }[]).map((r) => [r.id, r.label])),
    phases: store.stmt(`SELECT id, name FROM phase ORDER BY start_date, position`).all() as { id: string; name: string }[],
    convenings: store.stmt(`SELECT id, name FROM convening ORDER BY date`).all() as { id: string; name: string }[],
    codes: store.stmt(`SELECT id, name, parent_id, position FROM code ORDER BY position, name COLLATE NOCASE`).all() as AxisLabels['codes'],
    participants: new Map(
      (store.stmt(`SELECT id, pseudonym FROM participant`).all() as { id: string; pseudonym: string }[]).map((r) => [r.id, r.pseudonym]),
    ),
  };
}
