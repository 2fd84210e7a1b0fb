import type { JobTask } from '../jobs/job-task';

/** The lab's workbook written to `tmp` (the caller renames it into place), from a connection of its own. */
export const xlsxExportTask: JobTask<{ labPath: string; tmp: string; realNames: boolean }, null> = {
  name: 'export.xlsx',
  async run(input, { signal, progress, storeOptions }) {
    // exceljs (over half a second to load) loads with the task, not with the handlers that name it.
    const { writeLabWorkbook } = await import('./lab-xlsx');
    await writeLabWorkbook(input.labPath, input.tmp, { realNames: input.realNames, signal, progress, storeOptions });
    return null;
  },
};
