import { z } from 'zod';
import { AssistantEvaluation, Passage, SimilarPassage, SuggestionList, SuggestionTarget, SuggestionUnit } from '../domain/assistant';
import { Excerpt } from '../domain/coding';
import { Id, JobId } from '../domain/ids';
import { op } from './op';

/** A suggestion depends on the text, the coding, the tags and the rejections; any change to them refetches it. */
const SUGGESTION_READS = [
  'source',
  'source_content',
  'code',
  'excerpt',
  'excerpt_code',
  'evidence_dimension',
  'evidence_value',
  'excerpt_evidence',
  'assistant_rejection',
] as const;

/**
 * Suggestions for one source, for one code across the lab, or for the whole lab; best first. A pass over the whole
 * lab runs as a job (`jobId`: its progress events, and `jobs.cancel`); one source's is quick and answers directly.
 */
export const suggest = op('assistant.suggest', {
  input: z.object({
    jobId: JobId.optional(),
    sourceId: Id.optional(),
    codeId: Id.optional(),
    unit: SuggestionUnit.default('paragraph'),
    kinds: z.array(z.enum(['code', 'evidence'])).min(1).max(2).default(['code', 'evidence']),
    limit: z.number().int().min(1).max(5000).default(100),
  }),
  result: SuggestionList,
  kind: 'query',
  reads: SUGGESTION_READS,
});

const Review = z
  .object({ passage: Passage, target: SuggestionTarget })
  .refine((i) => i.passage.end > i.passage.start, { message: 'end: must be after start', path: ['passage', 'end'] });

/** An ordinary coding (or tag) by the current coder, marked as suggested; undoable. */
export const accept = op('assistant.accept', { input: Review, result: Excerpt, kind: 'mutation' });

/** Kept in the lab (undoable): never suggested again, and a negative example for the model. */
export const reject = op('assistant.reject', { input: Review, result: z.null(), kind: 'mutation' });

/** Left out of suggestions until the lab is next opened; nothing in the lab changes. */
export const skip = op('assistant.skip', { input: Review, result: z.null(), kind: 'mutation' });

/** The uncoded passages most like an excerpt, across the lab: a pass over every source, run as a job like suggest's. */
export const moreLikeThis = op('assistant.moreLikeThis', {
  input: z.object({ jobId: JobId.optional(), excerptId: Id, unit: SuggestionUnit.default('paragraph'), limit: z.number().int().min(1).max(500).default(20) }),
  result: z.array(SimilarPassage),
  kind: 'query',
  reads: SUGGESTION_READS,
});

/**
 * The model's figures on the lab's own coding (k folds hidden in turn), beside "always the most frequent code". It
 * trains a model per fold, so it runs as a job (`jobId`: progress and `jobs.cancel`) where there is a job worker.
 */
export const evaluate = op('assistant.evaluate', {
  input: z.object({
    jobId: JobId.optional(),
    folds: z.number().int().min(2).max(20).default(5),
    minExamples: z.number().int().min(1).max(10000).default(10),
  }),
  result: AssistantEvaluation,
  kind: 'query',
  reads: ['code', 'excerpt', 'excerpt_code'],
});
