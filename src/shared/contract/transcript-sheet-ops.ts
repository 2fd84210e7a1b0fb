import { z } from 'zod';
import { UploadedFile } from '../domain/source';
import { TranscriptSheetPreview } from '../domain/transcript-sheet';
import { op } from './op';

/**
 * Reads a spreadsheet transcript for the column-mapping step before it is imported: its sheets, the first rows,
 * and the columns its headers name. Bytes only: the page sends what the documenter picked.
 */
export const previewTranscriptSheet = op('transcriptSheets.preview', {
  input: z.object({ file: UploadedFile, sheet: z.string().trim().min(1).max(200).optional() }),
  result: TranscriptSheetPreview,
  kind: 'query',
  needsLab: false,
});
