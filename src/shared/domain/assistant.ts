import { z } from 'zod';
import { Id } from './ids';

/** What a suggestion covers: a speaker turn, a paragraph, or one sentence. */
export const SuggestionUnit = z.enum(['turn', 'paragraph', 'sentence']);
export type SuggestionUnit = z.infer<typeof SuggestionUnit>;

/** What is suggested for a passage: a code, or an evidence value (an evidence tag). */
export const SuggestionTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('code'), codeId: Id }),
  z.object({ kind: z.literal('evidence'), valueId: Id }),
]);
export type SuggestionTarget = z.infer<typeof SuggestionTarget>;

/** A passage of a source: its range in UTF-16 code units of the source's text. */
export const Passage = z.object({
  sourceId: Id,
  start: z.number().int().min(0),
  end: z.number().int().min(1),
});
export type Passage = z.infer<typeof Passage>;

export const Suggestion = Passage.extend({
  target: SuggestionTarget,
  /** The target's label (code or evidence value name), for lists that show suggestions from many sources. */
  label: z.string(),
  sourceTitle: z.string(),
  text: z.string(),
  /** 0–1: how far this target leads the others for the passage (a softmax of the similarities). */
  confidence: z.number(),
  /** Cosine similarity of the passage with the target's learned profile. */
  score: z.number(),
  /** The passage's words that drove the suggestion, strongest first. */
  words: z.array(z.string()),
  /** The target is among the codes of the coded passages around this one, which added to its score. */
  nearby: z.boolean(),
});
export type Suggestion = z.infer<typeof Suggestion>;

export const ModelStatus = z.object({
  /** The lab state the model was trained on is older than the lab now (a retrain is under way). */
  stale: z.boolean(),
  trainedAt: z.string().nullable(),
  trainingMs: z.number(),
  codedExcerpts: z.number().int(),
  taggedExcerpts: z.number().int(),
  rejections: z.number().int(),
  labels: z.number().int(),
});
export type ModelStatus = z.infer<typeof ModelStatus>;

export const SuggestionList = z.object({
  suggestions: z.array(Suggestion),
  model: ModelStatus,
});
export type SuggestionList = z.infer<typeof SuggestionList>;

export const SimilarPassage = Passage.extend({
  sourceTitle: z.string(),
  text: z.string(),
  similarity: z.number(),
});
export type SimilarPassage = z.infer<typeof SimilarPassage>;

export const EvaluationFigures = z.object({
  top1Precision: z.number(),
  /** Where top-1 precision lies with 95% confidence, given how few excerpts it was measured on (Wilson score). */
  top1Interval: z.object({ low: z.number(), high: z.number() }),
  top1Recall: z.number(),
  top3Precision: z.number(),
  top3Recall: z.number(),
});
export type EvaluationFigures = z.infer<typeof EvaluationFigures>;

export const AssistantEvaluation = z.object({
  folds: z.number().int(),
  minExamples: z.number().int(),
  codedExcerpts: z.number().int(),
  evaluatedExcerpts: z.number().int(),
  codes: z.number().int(),
  codesInScope: z.number().int(),
  overall: EvaluationFigures,
  baseline: EvaluationFigures,
  perCode: z.array(
    z.object({
      codeId: Id,
      name: z.string(),
      support: z.number().int(),
      top1Precision: z.number(),
      top1Recall: z.number(),
      top3Recall: z.number(),
    }),
  ),
});
export type AssistantEvaluation = z.infer<typeof AssistantEvaluation>;
