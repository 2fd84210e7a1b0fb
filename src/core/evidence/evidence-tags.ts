import type { z } from 'zod';
import type { DimensionInput, DimensionPatch, EvidenceDimension, ValueInput, ValuePatch } from '../../shared/domain/evidence';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { countExistingExcerpts } from '../store/queries/excerpt-queries';
import {
  dimensionCodec,
  nextPosition,
  ownTagRows,
  selectDimensions,
  sourceTagRows,
  valueCodec,
  valueDimensions,
} from '../store/queries/evidence-queries';
import { mustGetSource } from '../sources/source-edits';

/** A stable key from a label, for a dimension or value the documenter adds. */
export function keyOf(label: string): string {
  return (
    label
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'value'
  );
}

function dimension(store: LabStore, id: string): EvidenceDimension {
  const d = selectDimensions(store).find((x) => x.id === id);
  if (!d) throw new OpError('NOT_FOUND', 'That evidence dimension does not exist.');
  return d;
}

export function createDimension(store: LabStore, input: z.infer<typeof DimensionInput>): EvidenceDimension {
  const taken = new Set(selectDimensions(store).map((d) => d.key));
  let key = keyOf(input.label);
  for (let n = 2; taken.has(key); n++) key = `${keyOf(input.label)}-${n}`;
  const row = store.write(`Add evidence dimension “${input.label}”`, (w) =>
    w.insert('evidence_dimension', { ...dimensionCodec.toRow({ ...input, key, multiple: input.multiple ? 1 : 0, position: nextPosition(store, 'evidence_dimension') }) }),
  );
  return dimension(store, String(row.id));
}

export function updateDimension(store: LabStore, id: string, patch: z.infer<typeof DimensionPatch>): EvidenceDimension {
  dimension(store, id);
  const values = dimensionCodec.toRow({
    ...(patch.label !== undefined ? { label: patch.label } : {}),
    ...(patch.description !== undefined ? { description: patch.description } : {}),
    ...(patch.multiple !== undefined ? { multiple: patch.multiple ? 1 : 0 } : {}),
  });
  store.write('Edit evidence dimension', (w) => w.update('evidence_dimension', id, values));
  return dimension(store, id);
}

export function createValue(store: LabStore, input: z.infer<typeof ValueInput>): EvidenceDimension {
  const d = dimension(store, input.dimensionId);
  if (d.values.some((v) => v.label.toLowerCase() === input.label.toLowerCase())) {
    throw new OpError('CONFLICT', `label: “${input.label}” is already a value of ${d.label}`);
  }
  const taken = new Set(d.values.map((v) => v.key));
  let key = keyOf(input.label);
  for (let n = 2; taken.has(key); n++) key = `${keyOf(input.label)}-${n}`;
  store.write(`Add “${input.label}” to ${d.label}`, (w) =>
    w.insert('evidence_value', valueCodec.toRow({ ...input, key, position: nextPosition(store, 'evidence_value', d.id) })),
  );
  return dimension(store, d.id);
}

export function updateValue(store: LabStore, id: string, patch: z.infer<typeof ValuePatch>): EvidenceDimension {
  const row = store.rows.get('evidence_value', id);
  if (!row) throw new OpError('NOT_FOUND', 'That evidence value does not exist.');
  store.write('Edit evidence value', (w) => w.update('evidence_value', id, valueCodec.toRow(patch)));
  return dimension(store, String(row.dimension_id));
}

function checkValues(store: LabStore, valueIds: string[]): Map<string, string> {
  const dims = valueDimensions(store, valueIds);
  if (dims.size !== new Set(valueIds).size) throw new OpError('NOT_FOUND', 'valueIds: one of the evidence values does not exist');
  return dims;
}

/** Replaces a source's default tags. */
export function setSourceTags(store: LabStore, sourceId: string, valueIds: string[]): string[] {
  const source = mustGetSource(store, sourceId);
  checkValues(store, valueIds);
  const wanted = new Set(valueIds);
  store.write(`Tag source “${source.title}”`, (w) => {
    const have = sourceTagRows(store, sourceId);
    for (const r of have) if (!wanted.has(r.value_id)) w.remove('source_evidence', r.id);
    const had = new Set(have.map((r) => r.value_id));
    for (const v of wanted) if (!had.has(v)) w.insert('source_evidence', { source_id: sourceId, value_id: v });
  });
  return [...wanted];
}

/**
 * Adds and removes excerpts' own tags, as one undoable step. An excerpt's own tags in a dimension replace its
 * source's there; `clearDimension` removes them so the source's show through again. In a dimension that takes
 * one value, adding one replaces the excerpt's other own value.
 */
export function tagExcerpts(store: LabStore, input: { excerptIds: string[]; add: string[]; remove: string[]; clearDimension?: string | undefined }): { changed: number } {
  const ids = [...new Set(input.excerptIds)];
  if (countExistingExcerpts(store, ids) !== ids.length) throw new OpError('NOT_FOUND', 'excerptIds: some of the excerpts no longer exist');
  const dims = checkValues(store, [...input.add, ...input.remove]);
  const single = new Set(selectDimensions(store).filter((d) => !d.multiple).map((d) => d.id));
  const label = ids.length === 1 ? 'Tag excerpt' : `Tag ${ids.length} excerpts`;
  return store.write(label, (w) => {
    let changed = 0;
    const own = ownTagRows(store, ids);
    const removeSet = new Set(input.remove);
    for (const r of own) {
      const drop =
        removeSet.has(r.value_id) ||
        r.dimension_id === input.clearDimension ||
        (single.has(r.dimension_id) && input.add.some((a) => dims.get(a) === r.dimension_id && a !== r.value_id));
      if (drop) {
        w.remove('excerpt_evidence', r.id);
        changed++;
      }
    }
    const present = new Set(own.map((r) => `${r.excerpt_id}:${r.value_id}`));
    for (const excerptId of ids) {
      for (const v of input.add) {
        if (present.has(`${excerptId}:${v}`)) continue;
        w.insert('excerpt_evidence', { excerpt_id: excerptId, value_id: v });
        changed++;
      }
    }
    return { changed };
  });
}
