import { randomUUID } from 'node:crypto';
import { exportComparisonXlsx } from '../compare/compare-export';
import { compareLabsTask } from '../compare/compare-labs-task';
import { codeExcerptsAcrossLabs } from '../compare/code-excerpts';
import { jobPlaceOf, runJobTask } from '../jobs/run-job-task';
import type { Handlers } from './handler';

export const compareHandlers: Handlers<'compare'> = {
  'compare.labs': (ws, { jobId, paths }) =>
    ws.jobs.run(jobId ?? randomUUID(), `Comparing ${paths.length} labs`, (signal, progress) =>
      runJobTask(compareLabsTask, { paths }, { ...jobPlaceOf(ws), signal, progress }),
    ),
  'compare.codeExcerpts': (ws, { paths, codePath, limit, realNames }) =>
    codeExcerptsAcrossLabs(paths, codePath, limit, { realNames, storeOptions: ws.options.store ?? {} }),
  'compare.exportXlsx': (ws, { jobId, paths, path, codePath, limit }) =>
    ws.jobs.run(jobId ?? randomUUID(), `Exporting a comparison of ${paths.length} labs to Excel`, (signal, progress) =>
      exportComparisonXlsx({ ...jobPlaceOf(ws), log: ws.log }, { paths, path, codePath: codePath ?? null, limit }, signal, progress),
    ),
};
