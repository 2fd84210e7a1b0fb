import type { JobTask } from '../jobs/job-task';

export interface CompareXlsxInput {
  paths: string[];
  tmp: string;
  codePath: string[] | null;
  limit: number;
}

/** Reads the labs and writes the comparison workbook to `tmp` in the job worker, off the thread that answers. */
export const compareXlsxTask: JobTask<CompareXlsxInput, { labs: number; excerpts: number }> = {
  name: 'compare.xlsx',
  async run(input, { signal, progress, storeOptions }) {
    const { compareLabs } = await import('./compare-labs');
    const { codeExcerptsAcrossLabs } = await import('./code-excerpts');
    // exceljs (over half a second to load) loads with the task, not with the handlers that name it.
    const { writeComparisonWorkbook } = await import('./compare-xlsx');
    const comparison = compareLabs(input.paths, storeOptions, { signal, progress });
    const excerpts = input.codePath ? codeExcerptsAcrossLabs(input.paths, input.codePath, input.limit, { storeOptions, signal }) : null;
    signal.throwIfAborted();
    progress(input.paths.length, input.paths.length, 'Writing the workbook');
    await writeComparisonWorkbook(input.tmp, comparison, excerpts);
    return { labs: comparison.labs.length, excerpts: excerpts?.excerpts.length ?? 0 };
  },
};
