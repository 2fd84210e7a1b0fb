import type { z } from 'zod';
import type { Convening, ConveningInput, ConveningPatch, Phase, PhaseInput, PhasePatch } from '../../shared/domain/timeline';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import {
  conveningCodec,
  nextPhasePosition,
  phaseCodec,
  selectConveningIdsOfPhase,
} from '../store/queries/timeline-queries';
import { detachTrackingOfPhase, removeTrackingOfConvenings } from '../tracking/dependents';

export function createPhase(store: LabStore, input: z.infer<typeof PhaseInput>): Phase {
  const result = store.write(`Add phase “${input.name}”`, (w) =>
    w.insert('phase', phaseCodec.toRow({ ...input, position: nextPhasePosition(store) })),
  );
  return phaseCodec.fromRow(result);
}

export function updatePhase(store: LabStore, id: string, patch: z.infer<typeof PhasePatch>): Phase {
  const current = store.rows.get('phase', id);
  if (!current) throw new OpError('NOT_FOUND', 'That phase no longer exists; it may have been deleted.');
  const start = patch.startDate ?? String(current.start_date);
  const end = patch.endDate ?? String(current.end_date);
  if (end < start) throw new OpError('INVALID_INPUT', `endDate: a phase cannot end (${end}) before it starts (${start})`);
  const result = store.write('Edit phase', (w) => w.update('phase', id, phaseCodec.toRow(patch)));
  return phaseCodec.fromRow(result);
}

/** Convenings in the phase stay, detached from it; undo puts them back. */
export function deletePhase(store: LabStore, id: string): null {
  store.write('Delete phase', (w) => {
    for (const c of selectConveningIdsOfPhase(store, id)) w.update('convening', c, { phase_id: null });
    detachTrackingOfPhase(w, store, id);
    w.remove('phase', id);
  });
  return null;
}

function checkPhase(store: LabStore, phaseId: string | null | undefined): void {
  if (phaseId && !store.rows.get('phase', phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
}

export function createConvening(store: LabStore, input: z.infer<typeof ConveningInput>): Convening {
  checkPhase(store, input.phaseId);
  const result = store.write(`Add convening “${input.name}”`, (w) =>
    w.insert('convening', conveningCodec.toRow(input)),
  );
  return conveningCodec.fromRow(result);
}

export function updateConvening(store: LabStore, id: string, patch: z.infer<typeof ConveningPatch>): Convening {
  checkPhase(store, patch.phaseId);
  const result = store.write('Edit convening', (w) => w.update('convening', id, conveningCodec.toRow(patch)));
  return conveningCodec.fromRow(result);
}

export function deleteConvening(store: LabStore, id: string): null {
  store.write('Delete convening', (w) => {
    removeTrackingOfConvenings(w, store, [id]);
    w.remove('convening', id);
  });
  return null;
}
