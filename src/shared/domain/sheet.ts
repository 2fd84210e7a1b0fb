import { z } from 'zod';
import { Id, IsoDate } from './ids';
import { ParticipantInput } from './participant';
import { UploadedFile } from './source';
import { SurveyItemKind } from './survey';
import { TimePoint } from './tracking';

/**
 * Which spreadsheet to read: bytes from the page (`file`) or a path on this computer (the CLI, Electron
 * dialogs); which worksheet of a workbook (name or 1-based number; the first with data by default); and the
 * row holding the column names (found by default: the first row with two or more filled cells).
 */
export const SheetSource = z
  .object({
    file: UploadedFile.optional(),
    path: z.string().trim().min(1).max(4096).optional(),
    sheet: z.string().trim().min(1).max(200).optional(),
    headerRow: z.number().int().min(1).max(10000).optional(),
  })
  .refine((s) => (s.file === undefined) !== (s.path === undefined), { message: 'give either a file or a path', path: ['file'] });
export type SheetSource = z.infer<typeof SheetSource>;

export const SheetColumn = z.object({
  /** A, B, …, AA: how a mapping can name it, as can its header. */
  letter: z.string(),
  header: z.string(),
  kind: z.enum(['number', 'date', 'text', 'mixed', 'empty']),
});
export type SheetColumn = z.infer<typeof SheetColumn>;

export const SheetPreview = z.object({
  fileName: z.string(),
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRow: z.number().int(),
  columns: z.array(SheetColumn),
  /** The first rows under the header, as displayed text; `row` is the row number the spreadsheet shows. */
  rows: z.array(z.object({ row: z.number().int(), cells: z.array(z.string()) })),
  dataRows: z.number().int(),
  emptyRows: z.number().int(),
});
export type SheetPreview = z.infer<typeof SheetPreview>;

/** A column, by letter (“C”) or by its header (“Schools reached”, case and spacing ignored). */
export const ColumnRef = z.string().trim().min(1, 'name a column').max(300);
/** A measure, by id or by name (matched in the iteration the row's date falls in when the name repeats). */
const MeasureRef = z.string().trim().min(1).max(200);

export const MeasureColumn = z.discriminatedUnion('field', [
  z.object({ field: z.literal('date'), column: ColumnRef }),
  /** A value column may carry its own measure: one sheet can hold several measures side by side. */
  z.object({ field: z.literal('value'), column: ColumnRef, measure: MeasureRef.optional() }),
  z.object({ field: z.literal('measure'), column: ColumnRef }),
  z.object({ field: z.literal('note'), column: ColumnRef }),
]);
export type MeasureColumn = z.infer<typeof MeasureColumn>;

/** How to read dates like 03/04/2026; ISO dates and Excel dates need nothing. */
export const DateOrder = z.enum(['DMY', 'MDY']);

export const MeasureImportInput = z.object({
  source: SheetSource,
  columns: z.array(MeasureColumn).min(1).max(100),
  /** The measure of value columns that name none and of rows without a measure column. */
  measure: MeasureRef.optional(),
  /** Look measures up by name in this iteration only. */
  phaseId: Id.optional(),
  dateOrder: DateOrder.optional(),
  /** Check every row and report, storing nothing. */
  dryRun: z.boolean().default(false),
});

export const ImportedPoint = z.object({
  measureId: Id,
  measureName: z.string(),
  date: IsoDate,
  value: z.number(),
  action: z.enum(['add', 'update', 'same']),
});

export const RowResult = z.object({ row: z.number().int(), status: z.enum(['ok', 'error']), message: z.string().nullable() });

/** All or nothing: `stored` only when every row was good (and it was not a dry run). */
export const MeasureImportResult = z.object({
  fileName: z.string(),
  sheet: z.string(),
  ok: z.boolean(),
  stored: z.boolean(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  emptyRows: z.number().int(),
  rows: z.array(RowResult.extend({ points: z.array(ImportedPoint) })),
  /** “row 7: value “n/a” is not a number”, one per bad row, in row order. */
  errors: z.array(z.string()),
});
export type MeasureImportResult = z.infer<typeof MeasureImportResult>;

export const SurveyColumn = z.object({
  column: ColumnRef,
  /** id (participant id or pseudonym), email, name: who answered. item: a question. skip: not imported. */
  field: z.enum(['id', 'email', 'name', 'item', 'skip']),
  /** For an item: force numeric or text (otherwise a known item keeps its kind and a new one is inferred). */
  kind: SurveyItemKind.optional(),
});
export type SurveyColumn = z.infer<typeof SurveyColumn>;

export const Resolution = z.discriminatedUnion('action', [
  z.object({ row: z.number().int(), action: z.literal('map'), participantId: Id }),
  z.object({ row: z.number().int(), action: z.literal('create'), participant: ParticipantInput }),
  z.object({ row: z.number().int(), action: z.literal('skip') }),
]);
export type Resolution = z.input<typeof Resolution>;

export const SurveyImportInput = z.object({
  source: SheetSource,
  timePoint: TimePoint,
  columns: z.array(SurveyColumn).min(1).max(500),
  /** Columns not named in `columns`: imported as questions (default) or left out. */
  otherColumns: z.enum(['items', 'skip']).default('items'),
  /** How the unmatched rows of an earlier attempt were settled, by row number. */
  resolutions: z.array(Resolution).max(5000).default([]),
  dryRun: z.boolean().default(false),
});

export const Candidate = z.object({ participantId: Id, displayName: z.string(), pseudonym: z.string(), email: z.string() });

export const Respondent = z.object({
  row: z.number().int(),
  status: z.enum(['matched', 'mapped', 'created', 'skipped', 'unmatched', 'error']),
  participantId: Id.nullable(),
  matchedBy: z.enum(['id', 'email', 'name']).nullable(),
  given: z.object({ id: z.string(), email: z.string(), name: z.string() }),
  /** For an unmatched row: participants whose name or email is close, to pick from. */
  candidates: z.array(Candidate),
  message: z.string().nullable(),
});
export type Respondent = z.infer<typeof Respondent>;

export const SurveyImportResult = z.object({
  fileName: z.string(),
  sheet: z.string(),
  timePoint: TimePoint,
  /** No bad row and no unmatched row left: the import can be (or was) stored. */
  ok: z.boolean(),
  stored: z.boolean(),
  respondents: z.array(Respondent),
  items: z.array(
    z.object({ letter: z.string(), header: z.string(), itemId: Id.nullable(), kind: SurveyItemKind, isNew: z.boolean() }),
  ),
  answers: z.number().int(),
  /** Answers already stored for these respondents at this time point that the import replaces. */
  replaced: z.number().int(),
  unmatched: z.number().int(),
  emptyRows: z.number().int(),
  errors: z.array(z.string()),
});
export type SurveyImportResult = z.infer<typeof SurveyImportResult>;
