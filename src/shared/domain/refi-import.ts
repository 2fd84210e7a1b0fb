import { z } from 'zod';

/** Something in a REFI-QDA file that the lab could not take, and why: the import report lists every one. */
export const RefiSkipped = z.object({ what: z.string(), why: z.string() });
export type RefiSkipped = z.infer<typeof RefiSkipped>;

/** What an import of a `.qdpx` project or `.qdc` codebook added to the open lab. */
export const RefiImportReport = z.object({
  sources: z.number().int(),
  /** Recordings of audio and video sources attached to their transcripts. */
  recordings: z.number().int(),
  codes: z.number().int(),
  /** Code applications and evidence tags stored (an excerpt with two codes counts two). */
  codings: z.number().int(),
  /** Excerpts made from the selections (selections with the same range in one source make one excerpt). */
  excerpts: z.number().int(),
  cases: z.number().int(),
  variables: z.number().int(),
  notes: z.number().int(),
  users: z.number().int(),
  sets: z.number().int(),
  skipped: z.array(RefiSkipped),
  /** How something was read that the importer had to decide (e.g. the units of a source's positions), and why. */
  notices: z.array(RefiSkipped),
  ms: z.number().int(),
});
export type RefiImportReport = z.infer<typeof RefiImportReport>;
