import type { AssistantEvaluation } from '../../shared/domain/assistant';
import type { LabStore } from '../store/lab-store';
import { codeDescriptions, codedExcerptTexts } from '../store/queries/assistant-queries';
import { evaluateModel } from './evaluate-model';

/** `labwb assistant evaluate`: the model's k-fold figures on this lab's own coding, with the codes named. */
export function evaluateLab(store: LabStore, folds: number, minExamples: number): AssistantEvaluation {
  const { coded, codes } = store.tx(() => ({ coded: codedExcerptTexts(store), codes: codeDescriptions(store) }));
  const report = evaluateModel(
    coded.map((c) => ({ text: c.text, codeIds: c.codes.split(','), place: { sourceId: c.sourceId, start: c.start, end: c.end } })),
    codes.map((c) => ({ text: c.text, codeIds: [c.id] })),
    { folds, minExamples },
  );
  const names = new Map(codes.map((c) => [c.id, c.name]));
  return { ...report, perCode: report.perCode.map((p) => ({ ...p, name: names.get(p.codeId) ?? '' })) };
}
