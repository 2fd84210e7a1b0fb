import type { z } from 'zod';
import type { IterationProgress, Measure, Target, TargetInput, TargetPatch } from '../../shared/domain/action-plan';
import { emptyStatusCounts } from '../../shared/domain/tracking';
import { OpError } from '../errors';
import type { RowWriter } from '../store/change-recorder';
import type { LabStore } from '../store/lab-store';
import {
  latestPoints,
  measureIdsOf,
  nextTargetPosition,
  pointIdsOf,
  selectMeasureRows,
  selectPhaseRefs,
  selectTargetRows,
  successorsOf,
  targetCodec,
  measureCodec,
} from '../store/queries/action-plan-queries';

/** 0 at the baseline, 1 on target; rounded so charts and tables show 0.5, not 0.49999999999999994. */
export function progressOf(baseline: number | null, target: number | null, latest: number | null): number | null {
  if (baseline === null || target === null || latest === null || target === baseline) return null;
  return Math.round(((latest - baseline) / (target - baseline)) * 10000) / 10000;
}

/** Targets with their measures, each measure with its latest point and progress. */
export function listTargets(store: LabStore, phaseId?: string): Target[] {
  const targets = selectTargetRows(store, phaseId);
  const measures = selectMeasureRows(store, targets.map((t) => t.id));
  const latest = latestPoints(store, measures.map((m) => m.id));
  const byTarget = new Map<string, Measure[]>();
  for (const m of measures) {
    const point = latest.get(m.id) ?? null;
    const list = byTarget.get(m.targetId) ?? [];
    list.push({ ...m, latest: point, progress: progressOf(m.baseline, m.targetValue, point?.value ?? null) });
    byTarget.set(m.targetId, list);
  }
  return targets.map((t) => ({ ...t, measures: byTarget.get(t.id) ?? [] }));
}

export function mustGetTarget(store: LabStore, id: string): Target {
  const t = listTargets(store).find((x) => x.id === id);
  if (!t) throw new OpError('NOT_FOUND', 'That target no longer exists; it may have been deleted.');
  return t;
}

/** One block per iteration in timeline order (every iteration, even without targets), then other phases with targets, then targets with none. */
export function targetProgress(store: LabStore, phaseId?: string): IterationProgress[] {
  const targets = listTargets(store, phaseId);
  const phases = selectPhaseRefs(store).filter((p) => (phaseId ? p.id === phaseId : p.kind === 'iteration' || targets.some((t) => t.phaseId === p.id)));
  if (phaseId && phases.length === 0) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
  const block = (phase: IterationProgress['phase'], list: Target[]): IterationProgress => {
    const byStatus = emptyStatusCounts();
    for (const t of list) byStatus[t.status]++;
    return { phase, byStatus, targets: list };
  };
  const out = phases.map((p) => block(p, targets.filter((t) => t.phaseId === p.id)));
  const unplanned = targets.filter((t) => t.phaseId === null);
  if (unplanned.length) out.push(block(null, unplanned));
  return out;
}

function checkRefs(store: LabStore, v: { phaseId?: string | null | undefined; ownerParticipantId?: string | null | undefined }): void {
  if (v.phaseId && !store.rows.get('phase', v.phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
  if (v.ownerParticipantId && !store.rows.get('participant', v.ownerParticipantId)) {
    throw new OpError('NOT_FOUND', 'ownerParticipantId: that participant does not exist');
  }
}

export function createTarget(store: LabStore, input: z.infer<typeof TargetInput>): Target {
  checkRefs(store, input);
  const row = store.write(`Add ${input.kind === 'idea' ? 'idea' : 'target'}`, (w) =>
    w.insert('target', targetCodec.toRow({ ...input, carriedFromId: null, position: nextTargetPosition(store, input.phaseId) })),
  );
  return mustGetTarget(store, String(row.id));
}

export function updateTarget(store: LabStore, id: string, patch: z.infer<typeof TargetPatch>): Target {
  const current = mustGetTarget(store, id);
  checkRefs(store, patch);
  const moved = patch.phaseId !== undefined && patch.phaseId !== current.phaseId;
  store.write('Edit target', (w) =>
    w.update('target', id, targetCodec.toRow({ ...patch, ...(moved ? { position: nextTargetPosition(store, patch.phaseId ?? null) } : {}) })),
  );
  return mustGetTarget(store, id);
}

/** Removes measures with their data points; whatever was carried on from them keeps its own rows, unlinked. */
export function removeMeasures(w: RowWriter, store: LabStore, measureIds: string[]): void {
  for (const s of successorsOf(store, 'measure', measureIds)) w.update('measure', s, { carried_from_id: null });
  for (const p of pointIdsOf(store, measureIds)) w.remove('data_point', p);
  for (const m of measureIds) w.remove('measure', m);
}

export function deleteTarget(store: LabStore, id: string): null {
  const t = mustGetTarget(store, id);
  store.write(`Delete ${t.kind === 'idea' ? 'idea' : 'target'}`, (w) => {
    for (const s of successorsOf(store, 'target', [id])) w.update('target', s, { carried_from_id: null });
    removeMeasures(w, store, measureIdsOf(store, id));
    w.remove('target', id);
  });
  return null;
}

/**
 * Carries a target into the next iteration: the old one is marked “carried over” and keeps its measures and
 * data; the new one, planned, links back to it, and so does each copy of a measure, so a chart can follow a
 * measure through every iteration it lived in.
 */
export function carryOverTarget(store: LabStore, id: string, phaseId?: string): Target {
  const t = mustGetTarget(store, id);
  if (t.carriedToId) throw new OpError('CONFLICT', 'This target was already carried over; edit the one it was carried into.');
  const phases = selectPhaseRefs(store);
  let next: (typeof phases)[number] | undefined;
  if (phaseId) {
    next = phases.find((p) => p.id === phaseId);
    if (!next) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
    if (phaseId === t.phaseId) throw new OpError('INVALID_INPUT', 'phaseId: the target is already in that phase');
  } else {
    const here = phases.findIndex((p) => p.id === t.phaseId);
    if (here < 0) throw new OpError('INVALID_INPUT', 'phaseId: this target has no iteration yet; choose the phase to carry it into');
    next = phases.slice(here + 1).find((p) => p.kind === 'iteration');
    if (!next) throw new OpError('INVALID_INPUT', `phaseId: there is no iteration after “${phases[here]!.name}”; choose the phase to carry the target into`);
  }
  const target = next;
  const row = store.write(`Carry target over to ${target.name}`, (w) => {
    w.update('target', id, { status: 'carried over' });
    const copy = w.insert(
      'target',
      targetCodec.toRow({
        phaseId: target.id,
        kind: t.kind,
        text: t.text,
        ownerParticipantId: t.ownerParticipantId,
        ownerOrganisation: t.ownerOrganisation,
        dueDate: null,
        status: 'planned',
        notes: '',
        carriedFromId: id,
        position: nextTargetPosition(store, target.id),
      }),
    );
    t.measures.forEach((m, i) =>
      w.insert(
        'measure',
        measureCodec.toRow({ targetId: String(copy.id), name: m.name, unit: m.unit, baseline: m.baseline, targetValue: m.targetValue, carriedFromId: m.id, position: i }),
      ),
    );
    return copy;
  });
  return mustGetTarget(store, String(row.id));
}
