import { z } from 'zod';
import { JobId } from '../domain/ids';
import { CodeExcerpts, CodePath, ComparePaths, Comparison } from '../domain/compare';
import { ExportResult } from '../domain/report';
import { op } from './op';


/*
 * Several lab files read side by side, each opened read-only (never migrated, no byte written). They need no open
 * lab and read none of its tables, so nothing the open lab writes makes them stale.
 */

/** Rubric trends, targets met, evidence type × phase and participation, per lab. Runs as a job (cancellable). */
export const compareLabs = op('compare.labs', {
  input: z.object({ jobId: JobId.optional(), paths: ComparePaths }),
  result: Comparison,
  kind: 'query',
  needsLab: false,
});

/** A code's excerpts in every lab with a code at the same name path (“Parent/Child”), at most `limit` per lab. */
export const compareCodeExcerpts = op('compare.codeExcerpts', {
  input: z.object({ paths: ComparePaths, codePath: CodePath, limit: z.number().int().min(1).max(1000).default(50), realNames: z.boolean().default(false) }),
  result: CodeExcerpts,
  kind: 'query',
  needsLab: false,
});

/** The comparison (and, with `codePath`, the code's excerpts, by pseudonym) as an Excel workbook at `path`. */
export const compareExportXlsx = op('compare.exportXlsx', {
  input: z.object({
    jobId: JobId.optional(),
    paths: ComparePaths,
    path: z.string().trim().min(1, 'path: give the workbook to write').max(4096),
    codePath: CodePath.optional(),
    limit: z.number().int().min(1).max(100000).default(1000),
  }),
  result: ExportResult,
  kind: 'mutation',
  needsLab: false,
});
