import { randomUUID } from 'node:crypto';
import { assistantEvaluateTask, evaluateLab } from '../assistant/evaluate-lab';
import { readyModel, skippedOf } from '../assistant/model-cache';
import { moreLikeThis } from '../assistant/more-like-this';
import { acceptSuggestion, rejectSuggestion, skipSuggestion } from '../assistant/review-suggestions';
import { assistantScanTask, type LabScanInput } from '../assistant/scan-task';
import { suggest } from '../assistant/suggest';
import type { Workspace } from '../app/workspace';
import { jobPlaceOf, runJobTask } from '../jobs/run-job-task';
import type { Handlers } from './handler';

/**
 * A pass over the whole lab, as a job in the job worker: it reads and scores every passage of every source, so the
 * window shows its progress and can cancel it (on the bench's 1,000 transcripts, one code's queue takes 20 s).
 */
function scanLab<O>(ws: Workspace, jobId: string | undefined, label: string, input: Omit<LabScanInput, 'labPath'>): Promise<O> {
  return ws.jobs.run(jobId ?? randomUUID(), label, (signal, progress) =>
    runJobTask(assistantScanTask, { labPath: ws.store.path, ...input }, { ...jobPlaceOf(ws), signal, progress }),
  ) as Promise<O>;
}

export const assistantHandlers: Handlers<'assistant'> = {
  'assistant.suggest': async (ws, { jobId, ...options }) => {
    const { model, stale } = await readyModel(ws.store, jobPlaceOf(ws));
    if (options.sourceId || !jobPlaceOf(ws).worker) return suggest(ws.store, model, stale, options, skippedOf(ws.store));
    return scanLab(ws, jobId, 'Suggestions across the lab', { model, scan: { kind: 'suggest', options, stale, skipped: [...skippedOf(ws.store)] } });
  },
  'assistant.accept': (ws, { passage, target }) => acceptSuggestion(ws.store, passage, target),
  'assistant.reject': (ws, { passage, target }) => rejectSuggestion(ws.store, passage, target),
  'assistant.skip': (ws, { passage, target }) => skipSuggestion(ws.store, passage, target),
  'assistant.moreLikeThis': async (ws, { jobId, excerptId, unit, limit }) => {
    const { model } = await readyModel(ws.store, jobPlaceOf(ws));
    if (!jobPlaceOf(ws).worker) return moreLikeThis(ws.store, model, excerptId, unit, limit);
    return scanLab(ws, jobId, 'Passages like this one', { model, scan: { kind: 'similar', excerptId, unit, limit } });
  },
  'assistant.evaluate': (ws, { jobId, folds, minExamples }) => {
    if (!jobPlaceOf(ws).worker) return evaluateLab(ws.store, folds, minExamples);
    return ws.jobs.run(jobId ?? randomUUID(), 'Testing the assistant', (signal, progress) =>
      runJobTask(assistantEvaluateTask, { labPath: ws.store.path, folds, minExamples }, { ...jobPlaceOf(ws), signal, progress }),
    );
  },
};
