import { z } from 'zod';
import { Id } from '../domain/ids';
import { ExcerptToReview, TranscriptEdit, TranscriptEditResult } from '../domain/transcript-edit';
import { op } from './op';

/**
 * Corrects a source's text after it was coded: one undo step per edit. Excerpts keep covering the same words;
 * one whose own words changed is kept and flagged for review. The imported original file is never changed.
 */
export const editTranscript = op('transcripts.edit', {
  input: z.object({ sourceId: Id, expectedSha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in hex'), edit: TranscriptEdit }),
  result: TranscriptEditResult,
  kind: 'mutation',
});

/** The excerpts flagged for review, in one source or the whole lab. */
export const excerptsToReview = op('transcripts.toReview', {
  input: z.object({ sourceId: Id.optional() }),
  result: z.array(ExcerptToReview),
  kind: 'query',
  reads: ['excerpt', 'excerpt_code', 'source'],
});

/** Clears the review flag of excerpts a documenter has checked. */
export const markReviewed = op('transcripts.markReviewed', {
  input: z.object({ excerptIds: z.array(Id).min(1).max(10_000) }),
  result: z.object({ cleared: z.number().int() }),
  kind: 'mutation',
});
