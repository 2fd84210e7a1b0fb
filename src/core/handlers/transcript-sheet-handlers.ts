import { previewTranscriptSheet } from '../ingest/transcript-sheet-preview';
import type { Handlers } from './handler';

export const transcriptSheetHandlers: Handlers<'transcriptSheets'> = {
  'transcriptSheets.preview': (_ws, { file, sheet }) => previewTranscriptSheet(file, sheet),
};
