import { z } from 'zod';
import { Id } from './ids';

const Offset = z.number().int().min(0);
const SpeakerLabel = z.string().trim().min(1, 'a speaker needs a label').max(200);

/**
 * One correction of a source's text. Offsets are UTF-16 code units into the text as the caller last read it;
 * `expectedSha256` (SHA-256 of that text as UTF-8) makes core refuse an edit made against an older text.
 */
export const TranscriptEdit = z.discriminatedUnion('kind', [
  /** Replaces [start, end) with `text`, inside one block. An empty range inserts; an empty text deletes. */
  z.object({ kind: z.literal('replace'), start: Offset, end: Offset, text: z.string().max(100_000) }),
  /** Renames a speaker label in every turn of the source, or only in the turn starting at `blockStart`. */
  z.object({ kind: z.literal('renameSpeaker'), from: z.string().min(1).max(200), to: SpeakerLabel, blockStart: Offset.optional() }),
  /** Splits the block holding `at` into two there; the space around `at` becomes the break between them. */
  z.object({ kind: z.literal('split'), at: Offset }),
  /** Joins the block starting at `blockStart` with the next one. */
  z.object({ kind: z.literal('join'), blockStart: Offset }),
]);
export type TranscriptEdit = z.infer<typeof TranscriptEdit>;

export const TranscriptEditResult = z.object({
  /** SHA-256 of the text after the edit: the `expectedSha256` of the next one. */
  sha256: z.string(),
  /** Excerpts whose own words the edit changed: kept, moved and flagged for review. */
  flagged: z.array(Id),
  /** Excerpts whose range, text, context or speaker was updated. */
  moved: z.number().int(),
});
export type TranscriptEditResult = z.infer<typeof TranscriptEditResult>;

/** An excerpt flagged because its source's text was corrected inside it. */
export const ExcerptToReview = z.object({
  excerptId: Id,
  sourceId: Id,
  sourceTitle: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** What the excerpt said when it was first flagged. */
  textBeforeEdit: z.string().nullable(),
  codeIds: z.array(Id),
  updatedAt: z.string(),
});
export type ExcerptToReview = z.infer<typeof ExcerptToReview>;
