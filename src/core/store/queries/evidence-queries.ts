import type { EvidenceDimension, EvidenceValue, ExcerptTag } from '../../../shared/domain/evidence';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const dimensionCodec = codec<Omit<EvidenceDimension, 'values' | 'multiple'> & { multiple: number }>({
  key: ['key', 'text'],
  label: ['label', 'text'],
  description: ['description', 'text'],
  multiple: ['multiple', 'int'],
  position: ['position', 'int'],
});

export const valueCodec = codec<EvidenceValue>({
  dimensionId: ['dimension_id', 'text'],
  key: ['key', 'text'],
  label: ['label', 'text'],
  description: ['description', 'text'],
  position: ['position', 'int'],
});

export function selectDimensions(store: LabStore): EvidenceDimension[] {
  const values = (store.stmt(`SELECT * FROM evidence_value ORDER BY position, label`).all() as Row[]).map(valueCodec.fromRow);
  return (store.stmt(`SELECT * FROM evidence_dimension ORDER BY position, label`).all() as Row[]).map((r) => {
    const d = dimensionCodec.fromRow(r);
    return { ...d, multiple: d.multiple === 1, values: values.filter((v) => v.dimensionId === d.id) };
  });
}

export function nextPosition(store: LabStore, table: 'evidence_dimension' | 'evidence_value', dimensionId?: string): number {
  const sql =
    table === 'evidence_dimension'
      ? `SELECT coalesce(max(position), -1) + 1 AS p FROM evidence_dimension`
      : `SELECT coalesce(max(position), -1) + 1 AS p FROM evidence_value WHERE dimension_id = ?`;
  return (store.stmt(sql).get(...(dimensionId ? [dimensionId] : [])) as { p: number }).p;
}

export function sourceTagRows(store: LabStore, sourceId: string): { id: string; value_id: string }[] {
  return store.stmt(`SELECT id, value_id FROM source_evidence WHERE source_id = ?`).all(sourceId) as { id: string; value_id: string }[];
}

export function ownTagRows(store: LabStore, excerptIds: string[]): { id: string; excerpt_id: string; value_id: string; dimension_id: string }[] {
  return store
    .stmt(
      `SELECT ee.id, ee.excerpt_id, ee.value_id, v.dimension_id FROM excerpt_evidence ee JOIN evidence_value v ON v.id = ee.value_id
        WHERE ee.excerpt_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(excerptIds)) as { id: string; excerpt_id: string; value_id: string; dimension_id: string }[];
}

/** Effective tags of each excerpt, own or inherited. */
export function selectExcerptTags(store: LabStore, excerptIds: string[]): Record<string, ExcerptTag[]> {
  const rows = store
    .stmt(
      `SELECT excerpt_id, value_id, dimension_id, inherited FROM excerpt_tag WHERE excerpt_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(excerptIds)) as { excerpt_id: string; value_id: string; dimension_id: string; inherited: number }[];
  const out: Record<string, ExcerptTag[]> = Object.fromEntries(excerptIds.map((id) => [id, []]));
  for (const r of rows) out[r.excerpt_id]!.push({ valueId: r.value_id, dimensionId: r.dimension_id, inherited: r.inherited === 1 });
  return out;
}

export function valueDimensions(store: LabStore, valueIds: string[]): Map<string, string> {
  const rows = store
    .stmt(`SELECT id, dimension_id FROM evidence_value WHERE id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(valueIds)) as { id: string; dimension_id: string }[];
  return new Map(rows.map((r) => [r.id, r.dimension_id]));
}
