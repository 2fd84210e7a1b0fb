import { basename, resolve } from 'node:path';
import type { ExportResult } from '../../shared/domain/report';
import type { Progress } from '../jobs/job-registry';
import { runJobTask, type JobPlace } from '../jobs/run-job-task';
import { getLab } from '../lab/lab-profile';
import type { Logger } from '../log';
import { privacyFor } from '../reports/privacy';
import { mustGetReport } from '../reports/reports';
import type { LabStore } from '../store/lab-store';
import { defaultExportPath, exportsFolder, writeAtomically } from './export-file';
import { docxExportTask } from './docx-export-task';
import { xlsxExportTask } from './xlsx-export-task';

export interface ExportEnv extends JobPlace {
  store: LabStore;
  /** The app's data folder; exports without a path go to its exports folder. */
  home: string;
  log: Logger;
}

/** The name a file is given when the caller gives none: a title such as “Interview with Miriam Akinyi” names people too. */
function proposedName(store: LabStore, name: string, realNames: boolean): string {
  return privacyFor(store, realNames).text(name);
}

/** A report as a .docx: read and rendered in the job worker, written through a temporary file. */
export async function exportReportDocx(
  env: ExportEnv,
  input: { reportId: string; path?: string | undefined; realNames: boolean },
  signal: AbortSignal,
  progress: Progress,
): Promise<ExportResult> {
  const started = performance.now();
  const title = mustGetReport(env.store, input.reportId).title;
  const target = input.path ? resolve(input.path) : defaultExportPath(exportsFolder(env.home), proposedName(env.store, title, input.realNames), 'docx');
  let written = { warnings: [] as string[], blocks: 0 };
  const bytes = await writeAtomically(
    target,
    async (tmp) => {
      written = await runJobTask(docxExportTask, { labPath: env.store.path, tmp, reportId: input.reportId, realNames: input.realNames }, { ...env, signal, progress });
    },
    signal,
  );
  const ms = Math.round(performance.now() - started);
  env.log.info('report exported', { format: 'docx', bytes, ms, realNames: input.realNames, blocks: written.blocks, worker: env.worker !== undefined });
  return { path: target, fileName: basename(target), bytes, realNames: input.realNames, ms, warnings: written.warnings };
}

/** The lab's workbook as an .xlsx, streamed through a temporary file by the job worker. */
export async function exportLabXlsx(
  env: ExportEnv,
  input: { path?: string | undefined; realNames: boolean },
  signal: AbortSignal,
  progress: Progress,
): Promise<ExportResult> {
  const started = performance.now();
  const target = input.path ? resolve(input.path) : defaultExportPath(exportsFolder(env.home), proposedName(env.store, `${getLab(env.store).name} data`, input.realNames), 'xlsx');
  const bytes = await writeAtomically(
    target,
    async (tmp) => {
      await runJobTask(xlsxExportTask, { labPath: env.store.path, tmp, realNames: input.realNames }, { ...env, signal, progress });
    },
    signal,
  );
  const ms = Math.round(performance.now() - started);
  env.log.info('lab exported', { format: 'xlsx', bytes, ms, realNames: input.realNames, worker: env.worker !== undefined });
  return { path: target, fileName: basename(target), bytes, realNames: input.realNames, ms, warnings: [] };
}
