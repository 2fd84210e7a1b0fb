import { editTranscript, markReviewed } from '../sources/edit-transcript';
import { selectExcerptsToReview } from '../store/queries/transcript-edit-queries';
import type { Handlers } from './handler';

export const transcriptHandlers: Handlers<'transcripts'> = {
  'transcripts.edit': (ws, { sourceId, expectedSha256, edit }) => editTranscript(ws.store, sourceId, expectedSha256, edit),
  'transcripts.toReview': (ws, { sourceId }) => selectExcerptsToReview(ws.store, sourceId ?? null),
  'transcripts.markReviewed': (ws, { excerptIds }) => markReviewed(ws.store, excerptIds),
};
