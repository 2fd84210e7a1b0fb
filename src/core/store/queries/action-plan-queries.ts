import type { DataPoint, Measure, PhaseRef, Target } from '../../../shared/domain/action-plan';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

type TargetRow = Omit<Target, 'measures' | 'carriedToId' | 'ownerName'>;
type MeasureRow = Omit<Measure, 'latest' | 'progress' | 'pointCount'>;

export const targetCodec = codec<TargetRow>({
  phaseId: ['phase_id', 'text'],
  kind: ['kind', 'text'],
  text: ['text', 'text'],
  ownerParticipantId: ['owner_participant_id', 'text'],
  ownerOrganisation: ['owner_organisation', 'text'],
  dueDate: ['due_date', 'text'],
  status: ['status', 'text'],
  notes: ['notes', 'text'],
  carriedFromId: ['carried_from_id', 'text'],
  position: ['position', 'int'],
});

// The codec's 'int' passes numbers through as stored; REAL columns (baseline, value) use it too.
export const measureCodec = codec<MeasureRow>({
  targetId: ['target_id', 'text'],
  name: ['name', 'text'],
  unit: ['unit', 'text'],
  baseline: ['baseline', 'int'],
  targetValue: ['target_value', 'int'],
  carriedFromId: ['carried_from_id', 'text'],
  position: ['position', 'int'],
});

export const dataPointCodec = codec<DataPoint>({
  measureId: ['measure_id', 'text'],
  date: ['date', 'text'],
  value: ['value', 'int'],
  note: ['note', 'text'],
});

export type TargetRecord = TargetRow & { carriedToId: string | null; ownerName: string | null };

/** Targets in timeline order (by their iteration's start, then position); targets with no iteration last. */
export function selectTargetRows(store: LabStore, phaseId?: string): TargetRecord[] {
  const rows = store
    .stmt(
      `SELECT t.*, (SELECT n.id FROM target n WHERE n.carried_from_id = t.id) AS carried_to_id, p.display_name AS owner_name
         FROM target t
         LEFT JOIN phase ph ON ph.id = t.phase_id
         LEFT JOIN participant p ON p.id = t.owner_participant_id
        WHERE @phase IS NULL OR t.phase_id = @phase
        ORDER BY ph.start_date IS NULL, ph.start_date, ph.position, t.position`,
    )
    .all({ phase: phaseId ?? null }) as Row[];
  return rows.map((r) => ({ ...targetCodec.fromRow(r), carriedToId: (r.carried_to_id as string | null) ?? null, ownerName: (r.owner_name as string | null) ?? null }));
}

export function selectMeasureRows(store: LabStore, targetIds: string[]): (MeasureRow & { pointCount: number })[] {
  const rows = store
    .stmt(
      `SELECT m.*, (SELECT count(*) FROM data_point d WHERE d.measure_id = m.id) AS point_count
         FROM measure m WHERE m.target_id IN (SELECT value FROM json_each(?)) ORDER BY m.position`,
    )
    .all(JSON.stringify(targetIds)) as Row[];
  return rows.map((r) => ({ ...measureCodec.fromRow(r), pointCount: Number(r.point_count) }));
}

/** The latest data point of each measure (one per date, so one per measure). */
export function latestPoints(store: LabStore, measureIds: string[]): Map<string, DataPoint> {
  const rows = store
    .stmt(
      `SELECT d.* FROM data_point d
        WHERE d.measure_id IN (SELECT value FROM json_each(?))
          AND d.date = (SELECT max(x.date) FROM data_point x WHERE x.measure_id = d.measure_id)`,
    )
    .all(JSON.stringify(measureIds)) as Row[];
  return new Map(rows.map((r) => [String(r.measure_id), dataPointCodec.fromRow(r)]));
}

export function selectPointsOf(store: LabStore, measureIds: string[]): DataPoint[] {
  return (
    store.stmt(`SELECT * FROM data_point WHERE measure_id IN (SELECT value FROM json_each(?)) ORDER BY date`).all(JSON.stringify(measureIds)) as Row[]
  ).map(dataPointCodec.fromRow);
}

export function pointIdOn(store: LabStore, measureId: string, date: string): { id: string; value: number } | undefined {
  return store.stmt(`SELECT id, value FROM data_point WHERE measure_id = ? AND date = ?`).get(measureId, date) as { id: string; value: number } | undefined;
}

/** Every stored point of these measures on these dates, keyed "measureId date", for an import to compare against. */
export function pointsOnDates(store: LabStore, pairs: { measureId: string; date: string }[]): Map<string, { id: string; value: number }> {
  const rows = store
    .stmt(
      `SELECT d.id, d.measure_id, d.date, d.value FROM data_point d
         JOIN json_each(?) j ON json_extract(j.value, '$.measureId') = d.measure_id AND json_extract(j.value, '$.date') = d.date`,
    )
    .all(JSON.stringify(pairs)) as { id: string; measure_id: string; date: string; value: number }[];
  return new Map(rows.map((r) => [`${r.measure_id} ${r.date}`, { id: r.id, value: r.value }]));
}

/** Every measure linked to this one by carrying over, backwards and forwards, oldest first. */
export function measureChain(store: LabStore, id: string): (MeasureRow & { phaseId: string | null })[] {
  const rows = store
    .stmt(
      `WITH RECURSIVE
         up(id, from_id) AS (SELECT id, carried_from_id FROM measure WHERE id = @id
                             UNION SELECT m.id, m.carried_from_id FROM measure m JOIN up ON m.id = up.from_id),
         down(id) AS (SELECT id FROM measure WHERE id = @id
                      UNION SELECT m.id FROM measure m JOIN down ON m.carried_from_id = down.id)
       SELECT m.*, t.phase_id AS phase_id_of_target FROM measure m JOIN target t ON t.id = m.target_id
         LEFT JOIN phase p ON p.id = t.phase_id
        WHERE m.id IN (SELECT id FROM up UNION SELECT id FROM down)
        ORDER BY p.start_date, m.created_at`,
    )
    .all({ id }) as Row[];
  return rows.map((r) => ({ ...measureCodec.fromRow(r), phaseId: (r.phase_id_of_target as string | null) ?? null }));
}

/** Measures as a sheet names them: with their target's iteration and its dates, to tell repeated names apart. */
export function measureDirectory(store: LabStore): { id: string; name: string; phaseId: string | null; startDate: string | null; endDate: string | null }[] {
  return store
    .stmt(
      `SELECT m.id, m.name, t.phase_id AS phaseId, p.start_date AS startDate, p.end_date AS endDate
         FROM measure m JOIN target t ON t.id = m.target_id LEFT JOIN phase p ON p.id = t.phase_id`,
    )
    .all() as { id: string; name: string; phaseId: string | null; startDate: string | null; endDate: string | null }[];
}

export function nextTargetPosition(store: LabStore, phaseId: string | null): number {
  return (store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM target WHERE phase_id IS ?`).get(phaseId) as { p: number }).p;
}

export function nextMeasurePosition(store: LabStore, targetId: string): number {
  return (store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM measure WHERE target_id = ?`).get(targetId) as { p: number }).p;
}

export function measureNamed(store: LabStore, targetId: string, name: string): string | undefined {
  return (store.stmt(`SELECT id FROM measure WHERE target_id = ? AND name = ? COLLATE NOCASE`).get(targetId, name) as { id: string } | undefined)?.id;
}

/** Rows hanging on measures: their data points. */
export function pointIdsOf(store: LabStore, measureIds: string[]): string[] {
  return (store.stmt(`SELECT id FROM data_point WHERE measure_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(measureIds)) as { id: string }[]).map((r) => r.id);
}

export function measureIdsOf(store: LabStore, targetId: string): string[] {
  return (store.stmt(`SELECT id FROM measure WHERE target_id = ? ORDER BY position`).all(targetId) as { id: string }[]).map((r) => r.id);
}

/** Measures and targets that were carried on from these (their successors' links). */
export function successorsOf(store: LabStore, table: 'target' | 'measure', ids: string[]): string[] {
  const sql =
    table === 'target'
      ? `SELECT id FROM target WHERE carried_from_id IN (SELECT value FROM json_each(?))`
      : `SELECT id FROM measure WHERE carried_from_id IN (SELECT value FROM json_each(?))`;
  return (store.stmt(sql).all(JSON.stringify(ids)) as { id: string }[]).map((r) => r.id);
}

export function selectPhaseRefs(store: LabStore): PhaseRef[] {
  return store.stmt(`SELECT id, name, kind, start_date AS startDate, end_date AS endDate FROM phase ORDER BY start_date, position`).all() as PhaseRef[];
}
