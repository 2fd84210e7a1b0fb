import type { z } from 'zod';
import type { DataPoint, DataPointInput, DataPointPatch, Measure, MeasureInput, MeasurePatch, MeasureSeries } from '../../shared/domain/action-plan';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import {
  dataPointCodec,
  measureChain,
  measureCodec,
  measureNamed,
  nextMeasurePosition,
  pointIdOn,
  selectPhaseRefs,
  selectPointsOf,
} from '../store/queries/action-plan-queries';
import { listTargets, removeMeasures } from './targets';

export function mustGetMeasure(store: LabStore, id: string): Measure {
  const row = store.rows.get('measure', id);
  if (!row) throw new OpError('NOT_FOUND', 'That measure no longer exists; it may have been deleted.');
  const m = listTargets(store)
    .find((t) => t.id === row.target_id)
    ?.measures.find((x) => x.id === id);
  return m!;
}

function assertNameFree(store: LabStore, targetId: string, name: string, self?: string): void {
  const owner = measureNamed(store, targetId, name);
  if (owner && owner !== self) throw new OpError('CONFLICT', `name: this target already has a measure called “${name}”`);
}

export function createMeasure(store: LabStore, input: z.infer<typeof MeasureInput>): Measure {
  if (!store.rows.get('target', input.targetId)) throw new OpError('NOT_FOUND', 'targetId: that target does not exist');
  assertNameFree(store, input.targetId, input.name);
  const row = store.write(`Add measure “${input.name}”`, (w) =>
    w.insert('measure', measureCodec.toRow({ ...input, carriedFromId: null, position: nextMeasurePosition(store, input.targetId) })),
  );
  return mustGetMeasure(store, String(row.id));
}

export function updateMeasure(store: LabStore, id: string, patch: z.infer<typeof MeasurePatch>): Measure {
  const row = store.rows.get('measure', id);
  if (!row) throw new OpError('NOT_FOUND', 'That measure no longer exists; it may have been deleted.');
  if (patch.name) assertNameFree(store, String(row.target_id), patch.name, id);
  store.write('Edit measure', (w) => w.update('measure', id, measureCodec.toRow(patch)));
  return mustGetMeasure(store, id);
}

export function deleteMeasure(store: LabStore, id: string): null {
  const row = store.rows.get('measure', id);
  if (!row) throw new OpError('NOT_FOUND', 'That measure no longer exists; it may have been deleted.');
  store.write(`Delete measure “${String(row.name)}”`, (w) => removeMeasures(w, store, [id]));
  return null;
}

/** One point per measure and date: a second point on the same date replaces the first. */
export function addDataPoint(store: LabStore, input: z.infer<typeof DataPointInput>): DataPoint {
  const m = store.rows.get('measure', input.measureId);
  if (!m) throw new OpError('NOT_FOUND', 'measureId: that measure does not exist');
  const existing = pointIdOn(store, input.measureId, input.date);
  const row = store.write(`Add data point to “${String(m.name)}”`, (w) =>
    existing
      ? w.update('data_point', existing.id, dataPointCodec.toRow({ value: input.value, note: input.note }))
      : w.insert('data_point', dataPointCodec.toRow(input)),
  );
  return dataPointCodec.fromRow(row);
}

export function updateDataPoint(store: LabStore, id: string, patch: z.infer<typeof DataPointPatch>): DataPoint {
  const row = store.rows.get('data_point', id);
  if (!row) throw new OpError('NOT_FOUND', 'That data point no longer exists; it may have been deleted.');
  if (patch.date && patch.date !== row.date) {
    const clash = pointIdOn(store, String(row.measure_id), patch.date);
    if (clash) throw new OpError('CONFLICT', `date: the measure already has a data point on ${patch.date}`);
  }
  return dataPointCodec.fromRow(store.write('Edit data point', (w) => w.update('data_point', id, dataPointCodec.toRow(patch))));
}

export function deleteDataPoints(store: LabStore, ids: string[]): { deleted: number } {
  const unique = [...new Set(ids)];
  for (const id of unique) if (!store.rows.get('data_point', id)) throw new OpError('NOT_FOUND', 'ids: some of the data points no longer exist');
  store.write(unique.length === 1 ? 'Delete data point' : `Delete ${unique.length} data points`, (w) => {
    for (const id of unique) w.remove('data_point', id);
  });
  return { deleted: unique.length };
}

/** The measure through every iteration it was carried into: all points, each iteration's baseline and target. */
export function measureSeries(store: LabStore, id: string): MeasureSeries {
  const chain = measureChain(store, id);
  const self = chain.find((m) => m.id === id);
  if (!self) throw new OpError('NOT_FOUND', 'That measure no longer exists; it may have been deleted.');
  const phaseOf = new Map(chain.map((m) => [m.id, m.phaseId]));
  const latest = chain[chain.length - 1]!;
  const usedPhases = new Set(chain.map((m) => m.phaseId));
  return {
    measureId: id,
    name: self.name,
    unit: self.unit,
    baseline: latest.baseline,
    targetValue: latest.targetValue,
    chain: chain.map((m) => ({ measureId: m.id, targetId: m.targetId, phaseId: m.phaseId, baseline: m.baseline, targetValue: m.targetValue })),
    points: selectPointsOf(store, chain.map((m) => m.id)).map((p) => ({ ...p, phaseId: phaseOf.get(p.measureId) ?? null })),
    phases: selectPhaseRefs(store).filter((p) => usedPhases.has(p.id) || p.kind === 'iteration'),
  };
}
