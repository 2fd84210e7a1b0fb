import type { z } from 'zod';
import type { ParticipantInput } from '../../shared/domain/participant';
import type { SourcePatch, SourceSpeaker, SourceSummary } from '../../shared/domain/source';
import { OpError } from '../errors';
import { createParticipant } from '../lab/participants';
import type { LabStore } from '../store/lab-store';
import { removeExcerpts } from '../coding/remove-excerpts';
import { sourceTagRows } from '../store/queries/evidence-queries';
import { excerptIdsOfSources } from '../store/queries/excerpt-queries';
import {
  selectSourceSummary,
  selectSpeakers,
  sourceCodec,
  speakerIdsByLabel,
  speakerIdsOfSources,
} from '../store/queries/source-queries';

export function mustGetSource(store: LabStore, id: string): SourceSummary {
  const s = selectSourceSummary(store, id);
  if (!s) throw new OpError('NOT_FOUND', 'That source no longer exists; it may have been deleted.');
  return s;
}

export function updateSource(store: LabStore, id: string, patch: SourcePatch): SourceSummary {
  const source = mustGetSource(store, id);
  if (patch.phaseId && !store.rows.get('phase', patch.phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
  if (patch.conveningId && !store.rows.get('convening', patch.conveningId)) throw new OpError('NOT_FOUND', 'conveningId: that convening does not exist');
  store.write(`Edit source “${source.title}”`, (w) => w.update('source', id, sourceCodec.toRow(patch)));
  return mustGetSource(store, id);
}

/** Deletes sources with their excerpts, codings and speaker mappings; undo brings all of it back. */
export function deleteSources(store: LabStore, ids: string[]): { deleted: number; excerpts: number } {
  const label = ids.length === 1 ? `Delete source “${mustGetSource(store, ids[0]!).title}”` : `Delete ${ids.length} sources`;
  return store.write(label, (w) => {
    const excerpts = excerptIdsOfSources(store, ids);
    removeExcerpts(w, store, excerpts);
    for (const id of ids) for (const t of sourceTagRows(store, id)) w.remove('source_evidence', t.id);
    for (const s of speakerIdsOfSources(store, ids)) w.remove('source_speaker', s);
    for (const id of ids) {
      w.remove('source_content', id);
      w.remove('source', id);
    }
    return { deleted: ids.length, excerpts: excerpts.length };
  });
}

/**
 * Says who a speaker label is: a participant, a new participant, or nobody. With `everywhere`, every source
 * where the same label appears is mapped too (the interviewer is usually the same person throughout).
 */
export function mapSpeaker(
  store: LabStore,
  input: { sourceId: string; label: string; participantId: string | null; newParticipant?: z.infer<typeof ParticipantInput> | undefined; everywhere: boolean },
): SourceSpeaker[] {
  mustGetSource(store, input.sourceId);
  const ids = speakerIdsByLabel(store, input.label, input.everywhere ? null : input.sourceId);
  if (!ids.length) throw new OpError('NOT_FOUND', `label: no speaker “${input.label}” in that source`);
  if (input.participantId && !store.rows.get('participant', input.participantId)) {
    throw new OpError('NOT_FOUND', 'participantId: that participant does not exist');
  }
  store.write(`Map speaker “${input.label}”`, (w) => {
    const participantId = input.newParticipant ? createParticipant(store, input.newParticipant).id : input.participantId;
    for (const id of ids) w.update('source_speaker', id, { participant_id: participantId });
  });
  return selectSpeakers(store, input.sourceId);
}

/** Marks a speaker label public or not: whether pseudonymised exports show it as it is when it is mapped to no one. */
export function setSpeakerPublic(store: LabStore, input: { sourceId: string; label: string; public: boolean; everywhere: boolean }): SourceSpeaker[] {
  mustGetSource(store, input.sourceId);
  const ids = speakerIdsByLabel(store, input.label, input.everywhere ? null : input.sourceId);
  if (!ids.length) throw new OpError('NOT_FOUND', `label: no speaker “${input.label}” in that source`);
  store.write(`${input.public ? 'Show' : 'Hide'} speaker “${input.label}” in exports`, (w) => {
    for (const id of ids) w.update('source_speaker', id, { public: input.public ? 1 : 0 });
  });
  return selectSpeakers(store, input.sourceId);
}
