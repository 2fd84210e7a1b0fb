import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { ExportResult } from '../../shared/domain/report';
import type { Progress } from '../jobs/job-registry';
import { getLab } from '../lab/lab-profile';
import type { Logger } from '../log';
import type { LabStore, StoreOptions } from '../store/lab-store';
import { defaultExportPath, exportsFolder, writeAtomically } from './export-file';
import { writeLabWorkbook } from './lab-xlsx';
import { deletedQuoteWarnings, readReport, renderReportDocx } from './report-docx';

export interface ExportEnv {
  store: LabStore;
  /** The app's data folder; exports without a path go to its exports folder. */
  home: string;
  storeOptions?: StoreOptions;
  log: Logger;
}

/** A report as a .docx: read in one transaction, rendered, written through a temporary file. */
export async function exportReportDocx(
  env: ExportEnv,
  input: { reportId: string; path?: string | undefined; realNames: boolean },
  signal: AbortSignal,
  progress: Progress,
): Promise<ExportResult> {
  const started = performance.now();
  progress(0, 1, 'Reading the report');
  const snapshot = readReport(env.store, input.reportId, input.realNames);
  const target = input.path ? resolve(input.path) : defaultExportPath(exportsFolder(env.home), snapshot.report.title, 'docx');
  const bytes = await writeAtomically(
    target,
    async (tmp) => {
      const buffer = await renderReportDocx(snapshot, progress, signal);
      writeFileSync(tmp, buffer);
    },
    signal,
  );
  const ms = Math.round(performance.now() - started);
  env.log.info('report exported', { format: 'docx', bytes, ms, realNames: input.realNames, blocks: Object.keys(snapshot.blocks).length });
  return { path: target, fileName: basename(target), bytes, realNames: input.realNames, ms, warnings: deletedQuoteWarnings(snapshot) };
}

/** The lab's workbook as an .xlsx, streamed through a temporary file. */
export async function exportLabXlsx(
  env: ExportEnv,
  input: { path?: string | undefined; realNames: boolean },
  signal: AbortSignal,
  progress: Progress,
): Promise<ExportResult> {
  const started = performance.now();
  const target = input.path ? resolve(input.path) : defaultExportPath(exportsFolder(env.home), `${getLab(env.store).name} data`, 'xlsx');
  const bytes = await writeAtomically(
    target,
    (tmp) => writeLabWorkbook(env.store.path, tmp, { realNames: input.realNames, signal, progress, ...(env.storeOptions ? { storeOptions: env.storeOptions } : {}) }),
    signal,
  );
  const ms = Math.round(performance.now() - started);
  env.log.info('lab exported', { format: 'xlsx', bytes, ms, realNames: input.realNames });
  return { path: target, fileName: basename(target), bytes, realNames: input.realNames, ms, warnings: [] };
}
