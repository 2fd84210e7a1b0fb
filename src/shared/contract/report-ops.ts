import { z } from 'zod';
import { Id, JobId } from '../domain/ids';
import {
  DownloadedFile,
  ExportResult,
  PmNode,
  Report,
  ReportInput,
  ReportPatch,
  ReportSummary,
  ReportTemplateInfo,
  ResolvedBlock,
  ResolvedReport,
} from '../domain/report';
import { FILTER_READS, readsOf, SNAPSHOT_READS } from './filter-reads';
import { op } from './op';

/**
 * Everything a live block can show: quotes and their sources, speakers and coders, excerpt lists and matrices
 * (a filter, the analysis snapshot), participation, targets, the rubric, the report's phase.
 */
const LIVE_READS = readsOf(
  ['report', 'saved_query', 'coder', 'phase', 'convening', 'evidence_dimension'],
  FILTER_READS,
  SNAPSHOT_READS,
  ['attendance', 'convening_guest', 'target', 'measure', 'data_point'],
  ['rubric_level', 'rubric_item', 'rubric_score', 'rubric_score_excerpt'],
);

/** A preview is of a node the editor holds, not of the saved report: saving the report need not refetch it. */
const PREVIEW_READS = LIVE_READS.filter((t) => t !== 'report');

const OutPath = z.string().trim().min(1).max(4096);

export const listReports = op('reports.list', { input: z.object({}), result: z.array(ReportSummary), kind: 'query', reads: ['report', 'phase'] });
export const getReport = op('reports.get', { input: z.object({ id: Id }), result: Report, kind: 'query', reads: ['report'] });
export const reportTemplates = op('reports.templates', { input: z.object({}), result: z.array(ReportTemplateInfo), kind: 'query' });

/** A new report from its kind's template in resources/report-templates (the final report pulls in each iteration report's summary). */
export const createReport = op('reports.create', { input: ReportInput, result: Report, kind: 'mutation' });

/**
 * Saves title, phase or body, as one undoable step. `baseUpdatedAt` (the updatedAt the editor loaded) makes an
 * autosave fail with CONFLICT instead of overwriting an edit made since in another window.
 */
export const updateReport = op('reports.update', {
  input: z.object({ id: Id, patch: ReportPatch, baseUpdatedAt: z.string().max(40).optional() }),
  result: Report,
  kind: 'mutation',
});
/** Quotes excerpts in a report from outside its editor (the coding view, an excerpt list): they go at the end of its “Key quotes” section. */
export const addQuotes = op('reports.addQuotes', {
  input: z.object({ id: Id, excerptIds: z.array(Id).min(1).max(200) }),
  result: Report,
  kind: 'mutation',
});
export const deleteReport = op('reports.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });

/** The current state of every live block of a report (quotes now, changed/deleted flags, table rows, chart data). */
export const resolveReport = op('reports.resolve', {
  input: z.object({ id: Id, realNames: z.boolean().default(false) }),
  result: ResolvedReport,
  kind: 'query',
  reads: LIVE_READS,
});

/** One live block resolved without saving it: the insert dialogs' preview. `phaseId` stands for the report's phase. */
export const previewBlock = op('reports.preview', {
  input: z.object({ node: PmNode, phaseId: Id.nullable().default(null), realNames: z.boolean().default(false) }),
  result: ResolvedBlock,
  kind: 'query',
  reads: PREVIEW_READS,
});

/**
 * Many live blocks resolved in one call: the editor's blocks, batched, so a report of hundreds of quotes is one
 * request (and one query for all their excerpts), not one each. Answers in the order of `nodes`.
 */
export const previewBlocks = op('reports.previewMany', {
  input: z.object({ nodes: z.array(PmNode).min(1).max(5000), phaseId: Id.nullable().default(null), realNames: z.boolean().default(false) }),
  result: z.array(ResolvedBlock),
  kind: 'query',
  reads: PREVIEW_READS,
});

/** The `quote` node to insert for an excerpt, with a new block id and the excerpt as it is now. */
export const quoteNode = op('reports.quoteNode', {
  input: z.object({ excerptId: Id }),
  result: PmNode,
  kind: 'query',
  reads: ['excerpt', 'source', 'source_speaker', 'participant'],
});

/**
 * Writes a report as a Word document: a job (progress, cancel) that writes a temporary file and renames it into
 * place. Without `path` the file goes to the exports folder, from which export.download sends it to the page.
 * Participants' names are replaced by their pseudonyms unless `realNames`.
 */
export const exportDocx = op('export.docx', {
  input: z.object({ jobId: JobId.optional(), reportId: Id, path: OutPath.optional(), realNames: z.boolean().default(false) }),
  result: ExportResult,
  kind: 'mutation',
});

/** The lab's data as one Excel workbook (codebook, excerpts, sources, participants, targets, rubric, matrices). */
export const exportXlsx = op('export.xlsx', {
  input: z.object({ jobId: JobId.optional(), path: OutPath.optional(), realNames: z.boolean().default(false) }),
  result: ExportResult,
  kind: 'mutation',
});

/** The bytes of a file in the exports folder (by name only), for browser mode to save. */
export const downloadExport = op('export.download', {
  input: z.object({ fileName: z.string().trim().min(1).max(255) }),
  result: DownloadedFile,
  kind: 'query',
  needsLab: false,
});
