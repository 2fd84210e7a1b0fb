import { z } from 'zod';
import { ColumnRef, SheetPreview } from './sheet';

/**
 * Which columns of a spreadsheet transcript hold what, by header or letter. A field left out is found from the
 * headers; null says the sheet has no such column (a transcript without times).
 */
export const TranscriptColumns = z
  .object({
    time: ColumnRef.nullable().optional(),
    end: ColumnRef.nullable().optional(),
    speaker: ColumnRef.nullable().optional(),
    text: ColumnRef.optional(),
    /** A turn number: rows that share one form one turn (a sheet of one sentence per row). */
    turn: ColumnRef.nullable().optional(),
  })
  .strict();
export type TranscriptColumns = z.infer<typeof TranscriptColumns>;

export const TRANSCRIPT_FIELDS = ['time', 'end', 'speaker', 'text', 'turn'] as const;
export type TranscriptField = (typeof TRANSCRIPT_FIELDS)[number];

/** How the .xlsx and .csv files of one import are read as transcripts. */
export const TranscriptSheetOptions = z
  .object({
    /** A workbook's sheet, by name or 1-based number; the first with data by default. */
    sheet: z.string().trim().min(1).max(200).optional(),
    columns: TranscriptColumns.optional(),
  })
  .strict();
export type TranscriptSheetOptions = z.infer<typeof TranscriptSheetOptions>;

export const TranscriptSheetPreview = z.object({
  preview: SheetPreview,
  /** The column letter found for each field from the headers, or null. */
  detected: z.object({ time: z.string().nullable(), end: z.string().nullable(), speaker: z.string().nullable(), text: z.string().nullable(), turn: z.string().nullable() }),
  /** Why these headers would be refused without a mapping; null when they would import as they are. */
  problem: z.string().nullable(),
});
export type TranscriptSheetPreview = z.infer<typeof TranscriptSheetPreview>;
