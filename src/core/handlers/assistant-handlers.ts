import { evaluateLab } from '../assistant/evaluate-lab';
import { readyModel, skippedOf } from '../assistant/model-cache';
import { moreLikeThis } from '../assistant/more-like-this';
import { acceptSuggestion, rejectSuggestion, skipSuggestion } from '../assistant/review-suggestions';
import { assistantScanTask, type LabScanInput } from '../assistant/scan-task';
import { suggest } from '../assistant/suggest';
import type { Workspace } from '../app/workspace';
import { jobPlaceOf, runJobTask } from '../jobs/run-job-task';
import type { Handlers } from './handler';

/** A pass over the whole lab, in the job worker: it reads and scores every passage of every source. */
function scanLab<O>(ws: Workspace, input: Omit<LabScanInput, 'labPath'>): Promise<O> {
  return runJobTask(assistantScanTask, { labPath: ws.store.path, ...input }, { ...jobPlaceOf(ws), signal: new AbortController().signal, progress: () => undefined }) as Promise<O>;
}

export const assistantHandlers: Handlers<'assistant'> = {
  'assistant.suggest': async (ws, input) => {
    const { model, stale } = await readyModel(ws.store, jobPlaceOf(ws));
    if (input.sourceId || !jobPlaceOf(ws).worker) return suggest(ws.store, model, stale, input, skippedOf(ws.store));
    return scanLab(ws, { model, scan: { kind: 'suggest', options: input, stale, skipped: [...skippedOf(ws.store)] } });
  },
  'assistant.accept': (ws, { passage, target }) => acceptSuggestion(ws.store, passage, target),
  'assistant.reject': (ws, { passage, target }) => rejectSuggestion(ws.store, passage, target),
  'assistant.skip': (ws, { passage, target }) => skipSuggestion(ws.store, passage, target),
  'assistant.moreLikeThis': async (ws, { excerptId, unit, limit }) => {
    const { model } = await readyModel(ws.store, jobPlaceOf(ws));
    if (!jobPlaceOf(ws).worker) return moreLikeThis(ws.store, model, excerptId, unit, limit);
    return scanLab(ws, { model, scan: { kind: 'similar', excerptId, unit, limit } });
  },
  'assistant.evaluate': (ws, { folds, minExamples }) => evaluateLab(ws.store, folds, minExamples),
};
