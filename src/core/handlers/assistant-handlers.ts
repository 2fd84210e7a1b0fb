import { evaluateLab } from '../assistant/evaluate-lab';
import { readyModel, skippedOf } from '../assistant/model-cache';
import { moreLikeThis } from '../assistant/more-like-this';
import { acceptSuggestion, rejectSuggestion, skipSuggestion } from '../assistant/review-suggestions';
import { suggest } from '../assistant/suggest';
import { jobPlaceOf } from '../jobs/run-job-task';
import type { Handlers } from './handler';

export const assistantHandlers: Handlers<'assistant'> = {
  'assistant.suggest': async (ws, input) => {
    const { model, stale } = await readyModel(ws.store, jobPlaceOf(ws));
    return suggest(ws.store, model, stale, input, skippedOf(ws.store));
  },
  'assistant.accept': (ws, { passage, target }) => acceptSuggestion(ws.store, passage, target),
  'assistant.reject': (ws, { passage, target }) => rejectSuggestion(ws.store, passage, target),
  'assistant.skip': (ws, { passage, target }) => skipSuggestion(ws.store, passage, target),
  'assistant.moreLikeThis': async (ws, { excerptId, unit, limit }) => moreLikeThis(ws.store, (await readyModel(ws.store, jobPlaceOf(ws))).model, excerptId, unit, limit),
  'assistant.evaluate': (ws, { folds, minExamples }) => evaluateLab(ws.store, folds, minExamples),
};
