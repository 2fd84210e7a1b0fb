import { writeFileSync } from 'node:fs';
import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';

/**
 * A report as a Word file written to `tmp` (the caller renames it into place): read in one transaction of a
 * connection of its own (one consistent state of the lab), then rendered, the CPU-heavy part (docx, the chart
 * rasteriser).
 */
export const docxExportTask: JobTask<{ labPath: string; tmp: string; reportId: string; realNames: boolean }, { warnings: string[]; blocks: number }> = {
  name: 'export.docx',
  async run(input, { signal, progress, storeOptions }) {
    progress(0, 1, 'Reading the report');
    // docx loads here, in the task, not with the module: core's handlers import this task, and every CLI start
    // and every thread that answers calls would otherwise pay for it.
    const { deletedQuoteWarnings, readReport, renderReportDocx } = await import('./report-docx');
    const reader = LabStore.open(input.labPath, storeOptions);
    try {
      const snapshot = readReport(reader, input.reportId, input.realNames);
      const buffer = await renderReportDocx(snapshot, progress, signal);
      writeFileSync(input.tmp, buffer);
      return { warnings: deletedQuoteWarnings(snapshot), blocks: Object.keys(snapshot.blocks).length };
    } finally {
      reader.close();
    }
  },
};
