import { basename, resolve } from 'node:path';
import type { RefiExportResult } from '../../../shared/domain/refi-export';
import type { Workspace } from '../../app/workspace';
import { defaultExportPath, exportsFolder, writeAtomically } from '../../export/export-file';
import type { Progress } from '../../jobs/job-registry';
import { jobPlaceOf, runJobTask } from '../../jobs/run-job-task';
import type { JobTask } from '../../jobs/job-task';
import { getLab } from '../../lab/lab-profile';
import type { RefiTaskResult } from './refi-export-task';

/** What an export wrote: the file (as the other exports say it) and what it holds, counted. */
export type QdpxExportSummary = RefiExportResult;

export interface RefiExportOptions {
  realNames: boolean;
  signal?: AbortSignal | undefined;
  progress?: Progress | undefined;
}

/** Where an export without a path goes: the exports folder, named for the lab. */
export function defaultRefiPath(ws: Workspace, ext: 'qdpx' | 'qdc'): string {
  const name = getLab(ws.store).name;
  return defaultExportPath(exportsFolder(ws.paths.home), ext === 'qdpx' ? `${name} REFI-QDA` : `${name} codebook`, ext);
}

/**
 * Runs one of the REFI-QDA tasks in the job worker (inline where there is none) against the open lab, writing
 * through a temporary file beside `outPath` renamed into place at the end.
 */
export async function runRefiExport(
  ws: Workspace,
  task: JobTask<{ labPath: string; tmp: string; realNames: boolean; origin: string }, RefiTaskResult>,
  outPath: string,
  o: RefiExportOptions,
): Promise<RefiExportResult> {
  const started = performance.now();
  const signal = o.signal ?? new AbortController().signal;
  const progress = o.progress ?? (() => undefined);
  const target = resolve(outPath);
  let result: RefiTaskResult | undefined;
  const bytes = await writeAtomically(
    target,
    async (tmp) => {
      const input = { labPath: ws.store.path, tmp, realNames: o.realNames, origin: `Scaling Lab Workbench ${ws.options.version}` };
      result = await runJobTask(task, input, { ...jobPlaceOf(ws), signal, progress });
    },
    signal,
  );
  const ms = Math.round(performance.now() - started);
  const { counts, warnings } = result!;
  ws.log.info('lab exported', { format: task.name.slice('export.'.length), bytes, ms, realNames: o.realNames, ...counts, worker: jobPlaceOf(ws).worker !== undefined });
  return { path: target, fileName: basename(target), bytes, realNames: o.realNames, ms, warnings, counts };
}

/** The open lab as a REFI-QDA project (.qdpx) at `outPath`. */
export async function writeQdpx(ws: Workspace, outPath: string, options: RefiExportOptions): Promise<QdpxExportSummary> {
  // The task (and jszip with it) loads on first use, not with the handlers that name it.
  const { qdpxExportTask } = await import('./refi-export-task');
  return runRefiExport(ws, qdpxExportTask, outPath, options);
}
