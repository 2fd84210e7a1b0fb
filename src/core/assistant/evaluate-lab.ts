import type { AssistantEvaluation } from '../../shared/domain/assistant';
import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';
import { codeDescriptions, codedExcerptTexts } from '../store/queries/assistant-queries';
import { evaluateModel } from './evaluate-model';
import type { PassWatch } from './watched-pass';

/**
 * The model's k-fold figures on this lab's own coding, with the codes named: `labwb assistant evaluate`, and the
 * Suggestions page's "How well does it suggest?".
 */
export async function evaluateLab(store: LabStore, folds: number, minExamples: number, watch?: PassWatch): Promise<AssistantEvaluation> {
  const { coded, codes } = store.tx(() => ({ coded: codedExcerptTexts(store), codes: codeDescriptions(store) }));
  const report = await evaluateModel(
    coded.map((c) => ({ text: c.text, codeIds: c.codes.split(','), place: { sourceId: c.sourceId, start: c.start, end: c.end } })),
    codes.map((c) => ({ text: c.text, codeIds: [c.id] })),
    { folds, minExamples },
    watch,
  );
  const names = new Map(codes.map((c) => [c.id, c.name]));
  return { ...report, perCode: report.perCode.map((p) => ({ ...p, name: names.get(p.codeId) ?? '' })) };
}

/**
 * The evaluation as a job: it trains a model per fold and ranks every coded excerpt, which on a lab of 110,000
 * excerpts is minutes of work that must not hold the calls that keep the window alive.
 */
export const assistantEvaluateTask: JobTask<{ labPath: string; folds: number; minExamples: number }, AssistantEvaluation> = {
  name: 'assistant.evaluate',
  async run({ labPath, folds, minExamples }, { storeOptions, signal, progress }) {
    const reader = LabStore.open(labPath, storeOptions);
    try {
      return await evaluateLab(reader, folds, minExamples, { signal, progress });
    } finally {
      reader.close();
    }
  },
};
