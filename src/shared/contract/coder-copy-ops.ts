import { z } from 'zod';
import { MergeInput, MergePreview, MergeResult, SaveCodingCopyInput, SavedCodingCopy } from '../domain/coder-copy';
import { op } from './op';

/** A copy of the open lab for a second coder, marked with its origin; other coders' work optionally left out. */
export const saveCodingCopy = op('labs.saveCodingCopy', {
  input: SaveCodingCopyInput,
  result: SavedCodingCopy,
  kind: 'mutation',
});

/** What merging a coding copy would bring in, and the conflicts to decide. Reads the copy only. */
export const previewMerge = op('labs.previewMerge', {
  input: z.object({ path: MergeInput.shape.path }),
  result: MergePreview,
  kind: 'query',
  reads: ['code', 'excerpt', 'excerpt_code', 'memo', 'source', 'coder', 'coding_merge'],
});

/** Brings a coding copy's work in, as one undo step, applying the documenter's choices. */
export const mergeCodingCopy = op('labs.mergeCodingCopy', {
  input: MergeInput,
  result: MergeResult,
  kind: 'mutation',
});
