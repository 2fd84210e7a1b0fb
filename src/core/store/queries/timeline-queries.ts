import type { Convening, Phase } from '../../../shared/domain/timeline';
import { codec } from '../codec';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';

export const phaseCodec = codec<Phase>({
  kind: ['kind', 'text'],
  name: ['name', 'text'],
  startDate: ['start_date', 'text'],
  endDate: ['end_date', 'text'],
  position: ['position', 'int'],
});

export const conveningCodec = codec<Convening>({
  kind: ['kind', 'text'],
  name: ['name', 'text'],
  date: ['date', 'text'],
  phaseId: ['phase_id', 'text'],
  location: ['location', 'text'],
  notes: ['notes', 'text'],
});

export function selectPhases(store: LabStore): Phase[] {
  return (store.stmt(`SELECT * FROM phase ORDER BY start_date, position`).all() as Row[]).map(phaseCodec.fromRow);
}

export function selectConvenings(store: LabStore): Convening[] {
  return (store.stmt(`SELECT * FROM convening ORDER BY date, name`).all() as Row[]).map(conveningCodec.fromRow);
}

export function selectConveningIdsOfPhase(store: LabStore, phaseId: string): string[] {
  return (store.stmt(`SELECT id FROM convening WHERE phase_id = ?`).all(phaseId) as { id: string }[]).map((r) => r.id);
}

export function nextPhasePosition(store: LabStore): number {
  const r = store.stmt(`SELECT coalesce(max(position), -1) + 1 AS p FROM phase`).get() as { p: number };
  return r.p;
}
