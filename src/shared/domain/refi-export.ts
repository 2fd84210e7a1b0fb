import { z } from 'zod';
import { ExportResult } from './report';

/** What a REFI-QDA export put in the file, counted, beside where it went. */
export const RefiExportCounts = z.object({
  users: z.number().int(),
  codes: z.number().int(),
  sources: z.number().int(),
  /** Of the sources, those that went as an audio or video source with their recording and a transcript. */
  recordings: z.number().int(),
  selections: z.number().int(),
  codings: z.number().int(),
  cases: z.number().int(),
  variables: z.number().int(),
  notes: z.number().int(),
  sets: z.number().int(),
});
export type RefiExportCounts = z.infer<typeof RefiExportCounts>;

export const RefiExportResult = ExportResult.extend({ counts: RefiExportCounts });
export type RefiExportResult = z.infer<typeof RefiExportResult>;
