import { basename, resolve } from 'node:path';
import type { ExportResult } from '../../shared/domain/report';
import { writeAtomically } from '../export/export-file';
import type { Progress } from '../jobs/job-registry';
import { runJobTask, type JobPlace } from '../jobs/run-job-task';
import type { Logger } from '../log';
import { distinctLabPaths } from './compare-labs';
import { compareXlsxTask } from './compare-xlsx-task';

/** The comparison as an .xlsx at `path`, written through a temporary file by the job worker. */
export async function exportComparisonXlsx(
  env: JobPlace & { log: Logger },
  input: { paths: string[]; path: string; codePath: string[] | null; limit: number },
  signal: AbortSignal,
  progress: Progress,
): Promise<ExportResult> {
  const started = performance.now();
  const paths = distinctLabPaths(input.paths);
  const target = resolve(input.path);
  let made = { labs: 0, excerpts: 0 };
  const bytes = await writeAtomically(
    target,
    async (tmp) => {
      made = await runJobTask(compareXlsxTask, { paths, tmp, codePath: input.codePath, limit: input.limit }, { ...env, signal, progress });
    },
    signal,
  );
  const ms = Math.round(performance.now() - started);
  env.log.info('comparison exported', { format: 'xlsx', bytes, ms, labs: made.labs, excerpts: made.excerpts, worker: env.worker !== undefined });
  return { path: target, fileName: basename(target), bytes, realNames: false, ms, warnings: [] };
}
