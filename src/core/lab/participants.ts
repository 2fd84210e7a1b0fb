import type { z } from 'zod';
import type { Participant, ParticipantInput, ParticipantPatch, Sector } from '../../shared/domain/participant';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { participantCodec, pseudonymOwner, pseudonymsLike } from '../store/queries/people-queries';
import { speakerIdsOfParticipants } from '../store/queries/source-queries';
import { removeTrackingOfParticipants } from '../tracking/dependents';

const SECTOR_PREFIX: Record<Sector, string> = {
  government: 'GOV',
  'civil society': 'CSO',
  implementer: 'IMP',
  funder: 'FUN',
  research: 'RES',
  community: 'COM',
  'private sector': 'PRV',
  other: 'OTH',
};

/**
 * A pseudonym says the sector and nothing else about the person (e.g. “GOV-03”): readers of a report
 * need the stakeholder group to weigh a quote, and nothing that would identify the speaker.
 */
export function nextPseudonym(store: LabStore, sector: Sector | null): string {
  const prefix = `${sector ? SECTOR_PREFIX[sector] : 'P'}-`;
  const used = new Set(pseudonymsLike(store, prefix).map((p) => p.toUpperCase()));
  for (let n = 1; ; n++) {
    const candidate = `${prefix}${String(n).padStart(2, '0')}`;
    if (!used.has(candidate)) return candidate;
  }
}

function assertPseudonymFree(store: LabStore, pseudonym: string, self?: string): void {
  const owner = pseudonymOwner(store, pseudonym);
  if (owner && owner !== self) throw new OpError('CONFLICT', `pseudonym: “${pseudonym}” is already used by another participant`);
}

export function createParticipant(store: LabStore, input: z.infer<typeof ParticipantInput>): Participant {
  const pseudonym = input.pseudonym ?? nextPseudonym(store, input.sector);
  assertPseudonymFree(store, pseudonym);
  const result = store.write(`Add participant ${pseudonym}`, (w) =>
    w.insert('participant', participantCodec.toRow({ ...input, pseudonym })),
  );
  return participantCodec.fromRow(result);
}

export function updateParticipant(store: LabStore, id: string, patch: z.infer<typeof ParticipantPatch>): Participant {
  if (patch.pseudonym) assertPseudonymFree(store, patch.pseudonym, id);
  const result = store.write('Edit participant', (w) => w.update('participant', id, participantCodec.toRow(patch)));
  return participantCodec.fromRow(result);
}

export function deleteParticipants(store: LabStore, ids: string[]): { deleted: number } {
  const label = ids.length === 1 ? 'Delete participant' : `Delete ${ids.length} participants`;
  store.write(label, (w) => {
    // Their speaker labels stay in the sources, no longer mapped to anyone.
    for (const sp of speakerIdsOfParticipants(store, ids)) w.update('source_speaker', sp, { participant_id: null });
    removeTrackingOfParticipants(w, store, ids);
    for (const id of ids) w.remove('participant', id);
  });
  return { deleted: ids.length };
}
