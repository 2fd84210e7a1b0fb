import type { JobTask } from './job-task';

/**
 * Every task the job worker can run, by name. Each is loaded on first use: a worker starts for one task, and
 * loading exceljs (about 0.6 s) to rebuild an analysis snapshot would be waste.
 */
export const jobTasks: Record<string, () => Promise<JobTask<never, unknown>>> = {
  'export.xlsx': async () => (await import('../export/xlsx-export-task')).xlsxExportTask,
  'export.docx': async () => (await import('../export/docx-export-task')).docxExportTask,
  'analysis.snapshot': async () => (await import('../analysis/snapshot-task')).snapshotTask,
  'sources.import': async () => (await import('../sources/import-task')).importTask,
  'export.qdpx': async () => (await import('../interop/refi/refi-export-task')).qdpxExportTask,
  'export.qdc': async () => (await import('../interop/refi/refi-export-task')).qdcExportTask,
  'compare.labs': async () => (await import('../compare/compare-labs-task')).compareLabsTask,
  'compare.xlsx': async () => (await import('../compare/compare-xlsx-task')).compareXlsxTask,
  'assistant.train': async () => (await import('../assistant/train-task')).assistantTrainTask,
  'assistant.scan': async () => (await import('../assistant/scan-task')).assistantScanTask,
  'assistant.evaluate': async () => (await import('../assistant/evaluate-lab')).assistantEvaluateTask,
};
