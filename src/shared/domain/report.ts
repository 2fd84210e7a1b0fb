import { z } from 'zod';
import { Axis, Cooccurrence, ExcerptFilter } from './evidence';
import { Id, IsoDate, Stamped } from './ids';
import { patchOf } from './patch';

export const REPORT_KINDS = ['iteration', 'final'] as const;
export const ReportKind = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof ReportKind>;

/*
 * The body of a report is the editor's document as ProseMirror JSON (TipTap StarterKit plus the nodes below):
 * headings 1–3, paragraphs, bullet and ordered lists, bold/italic/link marks, `footnote` (an inline node with
 * its text in attrs) and four live blocks, regenerated from the lab whenever they are shown or exported:
 *
 *   quote        { id, excerptId, text, speaker, sourceTitle, sourceDate, insertedAt }  (text… as inserted)
 *   excerptList  { id, title, savedQueryId, filter, limit }
 *   liveTable    { id, title, kind, phaseId, rows, cols, filter, codeIds, mode }
 *   liveChart    the same attrs as liveTable, drawn as a bar chart
 *
 * Live tables are `liveTable`, not `table`, so TipTap's own Table extension stays free for hand-made tables.
 */

export interface PmMark {
  type: string;
  attrs?: Record<string, unknown> | undefined;
}
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown> | undefined;
  content?: PmNode[] | undefined;
  marks?: PmMark[] | undefined;
  text?: string | undefined;
}

export const PmMark: z.ZodType<PmMark> = z.object({
  type: z.string().min(1).max(60),
  attrs: z.record(z.string(), z.unknown()).optional(),
});
export const PmNode: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(60),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNode).max(50_000).optional(),
    marks: z.array(PmMark).max(20).optional(),
    text: z.string().max(200_000).optional(),
  }),
);

export const ReportBody = z.object({ type: z.literal('doc'), content: z.array(PmNode).max(50_000) });
export type ReportBody = z.infer<typeof ReportBody>;

export const LIVE_BLOCKS = ['quote', 'excerptList', 'liveTable', 'liveChart'] as const;
export type LiveBlockType = (typeof LIVE_BLOCKS)[number];

/** A quote as it was when inserted: what the editor compares the excerpt against to say “changed since”. */
export const QuoteAttrs = z.object({
  id: z.string().min(1).max(100),
  excerptId: Id,
  text: z.string().max(100_000).default(''),
  speaker: z.string().max(300).nullable().default(null),
  sourceTitle: z.string().max(500).default(''),
  sourceDate: IsoDate.nullable().default(null),
  insertedAt: z.string().max(40).default(''),
});
export type QuoteAttrs = z.infer<typeof QuoteAttrs>;

export const ExcerptListAttrs = z.object({
  id: z.string().min(1).max(100),
  title: z.string().max(300).default(''),
  /** A saved query (re-run on live data), or else a filter of its own. */
  savedQueryId: Id.nullable().default(null),
  filter: ExcerptFilter.nullable().default(null),
  limit: z.number().int().min(1).max(500).default(20),
});
export type ExcerptListAttrs = z.infer<typeof ExcerptListAttrs>;

export const TABLE_KINDS = ['participation', 'targets', 'rubric', 'evidenceTypePhase', 'codeFrequencies', 'crossTable', 'cooccurrence'] as const;
export const TableKind = z.enum(TABLE_KINDS);
export type TableKind = z.infer<typeof TableKind>;

export const TableAttrs = z.object({
  id: z.string().min(1).max(100),
  /** Shown as the caption; empty takes the kind's own title. */
  title: z.string().max(300).default(''),
  kind: TableKind,
  /** Targets of this phase; null means the report's phase (an iteration report) or every phase (the final report). */
  phaseId: Id.nullable().default(null),
  /** crossTable: what rows and columns count by. */
  rows: Axis.nullable().default(null),
  cols: Axis.nullable().default(null),
  /** crossTable, evidenceTypePhase, cooccurrence: which excerpts count. */
  filter: ExcerptFilter.nullable().default(null),
  /** cooccurrence: the codes to compare (all when null). */
  codeIds: z.array(Id).max(200).nullable().default(null),
  mode: Cooccurrence.default('overlap'),
});
export type TableAttrs = z.infer<typeof TableAttrs>;

export const Report = Stamped.extend({
  kind: ReportKind,
  title: z.string(),
  /** The iteration an iteration report is about; null for the final report (or when its phase was deleted). */
  phaseId: Id.nullable(),
  body: ReportBody,
});
export type Report = z.infer<typeof Report>;

export const ReportSummary = Stamped.extend({
  kind: ReportKind,
  title: z.string(),
  phaseId: Id.nullable(),
  phaseName: z.string().nullable(),
  words: z.number().int(),
  quotes: z.number().int(),
  liveBlocks: z.number().int(),
});
export type ReportSummary = z.infer<typeof ReportSummary>;

const Title = z.string().trim().min(1, 'a report needs a title').max(300);

export const ReportInput = z.object({
  kind: ReportKind,
  /** Required for an iteration report. */
  phaseId: Id.nullable().default(null),
  /** Defaults to the template's title (“Iteration report: Iteration 1”). */
  title: Title.optional(),
});

export const ReportPatch = patchOf(z.object({ title: Title, phaseId: Id.nullable(), body: ReportBody }));
export type ReportPatch = z.infer<typeof ReportPatch>;

export const ReportTemplateInfo = z.object({ kind: ReportKind, title: z.string(), sections: z.array(z.string()) });

// What reports.resolve answers: the current state of every live block.

/** Who said it, as an export shows them: the pseudonym (or, with real names, the display name). */
export const QuoteSpeaker = z.object({
  label: z.string(),
  participantId: Id.nullable(),
  name: z.string(),
  role: z.string(),
  sector: z.string().nullable(),
  organisation: z.string(),
});
export type QuoteSpeaker = z.infer<typeof QuoteSpeaker>;

export const QuoteView = z.object({
  excerptId: Id,
  /** The excerpt's text now (pseudonymised unless real names were asked for). */
  text: z.string(),
  speaker: QuoteSpeaker.nullable(),
  source: z.object({ id: Id, title: z.string(), date: IsoDate.nullable(), kind: z.string() }).nullable(),
  /** “GOV-01, County Director of Education (government)”: the line under a quote. */
  attribution: z.string(),
  /** The footnote: source title and date, speaker. */
  citation: z.string(),
});
export type QuoteView = z.infer<typeof QuoteView>;

export const QUOTE_STATUSES = ['current', 'changed', 'deleted'] as const;

export const ResolvedQuote = QuoteView.extend({
  kind: z.literal('quote'),
  id: z.string(),
  /** changed: the excerpt's text differs from the text inserted; deleted: the excerpt is gone (text is as inserted). */
  status: z.enum(QUOTE_STATUSES),
  insertedText: z.string(),
  error: z.string().nullable(),
});
export type ResolvedQuote = z.infer<typeof ResolvedQuote>;

export const ResolvedExcerptList = z.object({
  kind: z.literal('excerptList'),
  id: z.string(),
  title: z.string(),
  total: z.number().int(),
  quotes: z.array(QuoteView),
  error: z.string().nullable(),
});
export type ResolvedExcerptList = z.infer<typeof ResolvedExcerptList>;

export const TableCell = z.union([z.string(), z.number(), z.null()]);
export type TableCell = z.infer<typeof TableCell>;

/** A table as every front end draws it: header, rows, an optional total row and a note under it. */
export const DataTable = z.object({
  columns: z.array(z.object({ label: z.string(), numeric: z.boolean() })),
  rows: z.array(z.array(TableCell)),
  footer: z.array(TableCell).nullable(),
  note: z.string(),
});
export type DataTable = z.infer<typeof DataTable>;

/** A bar chart: one bar per category and series. `unit` says what the values count (“%” draws 0–100). */
export const ChartData = z.object({
  categories: z.array(z.string()),
  series: z.array(z.object({ name: z.string(), values: z.array(z.number()) })),
  unit: z.string(),
  max: z.number().nullable(),
});
export type ChartData = z.infer<typeof ChartData>;

export const ResolvedTable = z.object({
  kind: z.literal('liveTable'),
  id: z.string(),
  title: z.string(),
  table: DataTable,
  error: z.string().nullable(),
});
export type ResolvedTable = z.infer<typeof ResolvedTable>;

export const ResolvedChart = z.object({
  kind: z.literal('liveChart'),
  id: z.string(),
  title: z.string(),
  chart: ChartData,
  error: z.string().nullable(),
});
export type ResolvedChart = z.infer<typeof ResolvedChart>;

export const ResolvedBlock = z.discriminatedUnion('kind', [ResolvedQuote, ResolvedExcerptList, ResolvedTable, ResolvedChart]);
export type ResolvedBlock = z.infer<typeof ResolvedBlock>;

export const ResolvedReport = z.object({
  reportId: Id,
  realNames: z.boolean(),
  /** Every live block of the body, by its `attrs.id`. */
  blocks: z.record(z.string(), ResolvedBlock),
});
export type ResolvedReport = z.infer<typeof ResolvedReport>;

// Exports

export const ExportResult = z.object({
  /** Where the file was written on this computer. */
  path: z.string(),
  /** Its name, for export.download in browser mode. */
  fileName: z.string(),
  bytes: z.number().int(),
  realNames: z.boolean(),
  ms: z.number().int(),
  /** What the documenter should know about the file (quotes of deleted excerpts, …). */
  warnings: z.array(z.string()),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const DownloadedFile = z.object({ fileName: z.string(), mimeType: z.string(), data: z.base64() });
