import type { Lab, LabPatch, LabProfile } from '../../shared/domain/lab';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { labCodec, selectLab } from '../store/queries/lab-queries';
import { conveningCodec, phaseCodec } from '../store/queries/timeline-queries';
import { genericTimeline } from './generic-timeline';

export function getLab(store: LabStore): Lab {
  const lab = selectLab(store);
  if (!lab) throw new OpError('LAB_DAMAGED', 'This lab file has no lab profile.');
  return lab;
}

/** Writes the profile and the generic timeline into a new lab file, as one change set undo will not cross. */
export function initialiseLab(store: LabStore, profile: LabProfile): Lab {
  const { phases, convenings } = genericTimeline(profile.startDate);
  store.write(
    'Create lab',
    (w) => {
      w.insert('lab', labCodec.toRow(profile));
      const phaseIds = phases.map((p) => String(w.insert('phase', phaseCodec.toRow(p)).id));
      for (const c of convenings) {
        w.insert('convening', conveningCodec.toRow({ kind: c.kind, name: c.name, date: c.date, phaseId: phaseIds[c.phaseIndex]! }));
      }
    },
    { kind: 'floor' },
  );
  return getLab(store);
}

export function updateLab(store: LabStore, patch: LabPatch): Lab {
  const lab = getLab(store);
  store.write('Edit lab profile', (w) => w.update('lab', lab.id, labCodec.toRow(patch)));
  return getLab(store);
}
