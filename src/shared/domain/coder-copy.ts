import { z } from 'zod';
import { CoderName } from './coder';

/** What a coding copy says about itself: made from which lab, for whom, when. */
export const CodingCopyInfo = z.object({
  copyId: z.string(),
  originLabId: z.string(),
  forCoderId: z.string(),
  forCoderName: z.string(),
  hideOthers: z.boolean(),
  madeAt: z.string(),
});
export type CodingCopyInfo = z.infer<typeof CodingCopyInfo>;

export const SavedCodingCopy = CodingCopyInfo.extend({
  path: z.string(),
  bytes: z.number().int(),
  /** What the copy holds after hiding: the second coder's starting point. */
  excerpts: z.number().int(),
  codings: z.number().int(),
  /** Removed from the copy because they were other coders' (0 without hideOthers). */
  hidden: z.object({ excerpts: z.number().int(), codings: z.number().int(), memos: z.number().int() }),
});
export type SavedCodingCopy = z.infer<typeof SavedCodingCopy>;

/** keep mine / take theirs / keep both (memos only). */
export const MergeChoice = z.enum(['mine', 'theirs', 'both']);
export type MergeChoice = z.infer<typeof MergeChoice>;

export const MergeConflictKind = z.enum(['code', 'code-deleted', 'memo', 'excerpt-memo', 'excerpt-deleted', 'source-deleted']);
export type MergeConflictKind = z.infer<typeof MergeConflictKind>;

export const MergeConflict = z.object({
  /** Stable across previews of the same copy, so a choice made on a preview applies to the merge. */
  id: z.string(),
  kind: MergeConflictKind,
  /** What it concerns, for the documenter: “Code “Coaching””, “Memo “Reflections””. */
  subject: z.string(),
  /** For code conflicts, which field: name, colour, parent, definition… */
  field: z.string().nullable(),
  /** This lab's value (null: deleted here); the copy's value. */
  mine: z.string().nullable(),
  theirs: z.string().nullable(),
  choices: z.array(MergeChoice),
});
export type MergeConflict = z.infer<typeof MergeConflict>;

export const MergeCoder = z.object({
  id: z.string(),
  name: z.string(),
  /** The name it has (or will have) in this lab: a different person with the same name gets a number. */
  mergedName: z.string(),
  status: z.enum(['same', 'new', 'same-name-different-id']),
});
export type MergeCoder = z.infer<typeof MergeCoder>;

export const MergeCounts = z.object({
  coders: z.number().int(),
  sources: z.number().int(),
  codes: z.number().int(),
  codesChanged: z.number().int(),
  excerpts: z.number().int(),
  codings: z.number().int(),
  evidenceTags: z.number().int(),
  memos: z.number().int(),
  memosChanged: z.number().int(),
  excerptMemosChanged: z.number().int(),
});
export type MergeCounts = z.infer<typeof MergeCounts>;

export const MergePreview = z.object({
  copy: CodingCopyInfo,
  /** What comes in from the copy (before conflicts are decided: rows that depend on a decision are not counted). */
  counts: MergeCounts,
  coders: z.array(MergeCoder),
  conflicts: z.array(MergeConflict),
  /** What stays as it is here and why, in counts (no text from the lab). */
  notes: z.array(z.string()),
});
export type MergePreview = z.infer<typeof MergePreview>;

export const MergeResult = z.object({
  copy: CodingCopyInfo,
  /** What came in, decisions applied. */
  counts: MergeCounts,
  decided: z.array(z.object({ id: z.string(), choice: MergeChoice })),
  notes: z.array(z.string()),
  /** False when the copy held nothing new: no undo step was added. */
  changed: z.boolean(),
});
export type MergeResult = z.infer<typeof MergeResult>;

export const SaveCodingCopyInput = z.object({
  path: z.string().trim().min(1, 'give the file to write the copy to').max(4096),
  forCoder: CoderName,
  hideOthers: z.boolean().default(false),
});

export const MergeInput = z.object({
  path: z.string().trim().min(1, 'give the coding copy to merge').max(4096),
  /** One choice per conflict id; `otherwise` decides the rest (none: every conflict needs a choice). */
  choices: z.record(z.string(), MergeChoice).default({}),
  otherwise: z.enum(['mine', 'theirs']).optional(),
});
