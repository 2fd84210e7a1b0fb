import type { Suggestion, SuggestionList, SuggestionTarget, SuggestionUnit } from '../../shared/domain/assistant';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { codeDescriptions, selectRejections, sourceExcerptCodes, sourceExcerptSpans, sourceTitles, valueDescriptions } from '../store/queries/assistant-queries';
import { selectSourceText } from '../store/queries/source-queries';
import { scoreLabels } from './centroid-model';
import { drivingWords, passageVector } from './explain';
import { blendNearby, nearbySays, nearbyVotes, sourceCoding } from './nearby-coding';
import { passagesOf, uncovered } from './passages';
import type { AssistantModel } from './train-assistant';
import { watched, type PassWatch } from './watched-pass';

export interface SuggestOptions {
  sourceId?: string | undefined;
  codeId?: string | undefined;
  unit: SuggestionUnit;
  kinds: readonly ('code' | 'evidence')[];
  limit: number;
}

/** Below this cosine a passage shares too little with anything coded to be worth a documenter's look. */
const MIN_SCORE = 0.05;
/** Softmax temperature for confidence: cosines of short passages differ by hundredths, so it is low. */
const TEMPERATURE = 0.05;

/** The key a rejection or a skip is kept under: the passage and what was suggested for it. */
export function suggestionKey(sourceId: string, start: number, end: number, target: SuggestionTarget): string {
  return `${sourceId}:${start}:${end}:${target.kind === 'code' ? `c:${target.codeId}` : `v:${target.valueId}`}`;
}

function softmaxLead(scores: Float64Array, candidates: readonly number[], best: number): number {
  let sum = 0;
  for (const l of candidates) sum += Math.exp((scores[l]! - scores[best]!) / TEMPERATURE);
  return 1 / sum;
}

/** The best `n` labels that pass `isOpen`, without building a key for every label of every passage. */
function firstOpen(labels: readonly number[], scores: Float64Array, n: number, isOpen: (label: number) => boolean): number[] {
  const out: number[] = [];
  for (const l of [...labels].sort((a, b) => scores[b]! - scores[a]!)) {
    if (scores[l]! < MIN_SCORE || out.length === n) break;
    if (isOpen(l)) out.push(l);
  }
  return out;
}

/**
 * Suggestions for the passages of one source, or of every source: a code for each passage no excerpt covers (its
 * best code, or, asked for one code, that code when it is among the passage's best three), and an evidence value for
 * each excerpt in each dimension where it has no tag of its own. Rejected and skipped ones are never made.
 */
export async function suggest(
  store: LabStore,
  am: AssistantModel,
  stale: boolean,
  opts: SuggestOptions,
  skipped: ReadonlySet<string>,
  watch?: PassWatch,
): Promise<SuggestionList> {
  const { model } = am;
  const index = new Map(model.labels.map((l, i) => [l, i]));
  const codes = codeDescriptions(store);
  const values = valueDescriptions(store);
  if (opts.codeId && !codes.some((c) => c.id === opts.codeId)) throw new OpError('NOT_FOUND', 'codeId: that code does not exist (it may have been deleted)');
  const codeLabels = codes.map((c) => index.get(`c:${c.id}`)!).filter((l) => l !== undefined && model.examples[l]! > 0);
  const wanted = opts.codeId ? index.get(`c:${opts.codeId}`) : undefined;
  const dimensions = new Map<string, number[]>();
  for (const v of values) {
    const l = index.get(`v:${v.id}`);
    if (l === undefined || model.examples[l] === 0) continue;
    dimensions.set(v.dimensionId, [...(dimensions.get(v.dimensionId) ?? []), l]);
  }
  const nameOf = new Map<string, string>([...codes.map((c) => [`c:${c.id}`, c.name] as const), ...values.map((v) => [`v:${v.id}`, v.label] as const)]);
  const dimensionOf = new Map(values.map((v) => [v.id, v.dimensionId]));

  const all = sourceTitles(store);
  const sources = opts.sourceId ? all.filter((s) => s.id === opts.sourceId) : all;
  if (opts.sourceId && sources.length === 0) throw new OpError('NOT_FOUND', 'sourceId: that source does not exist (it may have been deleted)');
  // Each with its label's index, to name its words once it is among those returned (explaining is most of the
  // cost of a suggestion, and a pass over a lab makes thousands to return a few hundred).
  const out: { suggestion: Suggestion; label: number }[] = [];
  for await (const source of watched(sources, watch, 'Reading every source for suggestions')) {
    const content = selectSourceText(store, source.id);
    if (!content) continue;
    const wantsEvidence = opts.kinds.includes('evidence') && wanted === undefined && dimensions.size > 0;
    // One read of the source's excerpts: where they lie (coded passages are not suggested), their codes (nearby
    // coding) and, only for evidence suggestions, their own tags, which cost a second lookup an excerpt.
    const tagged = wantsEvidence ? sourceExcerptSpans(store, source.id) : null;
    const spans = tagged ?? sourceExcerptCodes(store, source.id);
    const blocked = new Set(selectRejections(store, source.id).map((r) => `${r.source_id}:${r.start}:${r.end}:${r.code_id ? `c:${r.code_id}` : `v:${r.value_id}`}`));
    const make = (
      start: number,
      end: number,
      label: number,
      scores: Float64Array,
      candidates: readonly number[],
      text: string,
      nearby: Float64Array | null = null,
    ) => {
      const key = model.labels[label]!;
      const target: SuggestionTarget = key.startsWith('c:') ? { kind: 'code', codeId: key.slice(2) } : { kind: 'evidence', valueId: key.slice(2) };
      const suggestion: Suggestion = {
        sourceId: source.id,
        sourceTitle: source.title,
        start,
        end,
        text,
        target,
        label: nameOf.get(key) ?? '',
        score: scores[label]!,
        confidence: softmaxLead(scores, candidates, label),
        words: [],
        nearby: nearbySays(nearby, label),
      };
      out.push({ suggestion, label });
    };
    const open = (start: number, end: number, label: number) => {
      const key = `${source.id}:${start}:${end}:${model.labels[label]}`;
      return !blocked.has(key) && !skipped.has(key);
    };

    if (opts.kinds.includes('code') && codeLabels.length > 0) {
      const coding = sourceCoding(
        spans.flatMap((e) => (e.codes ? [{ start: e.start, end: e.end, labels: e.codes.split(',').flatMap((id) => index.get(`c:${id}`) ?? []) }] : [])),
      );
      for (const span of uncovered(passagesOf(content.text, content.blocks, opts.unit), spans)) {
        const text = content.text.slice(span.start, span.end);
        const nearby = nearbyVotes(coding, span, model.labels.length);
        const scores = blendNearby(scoreLabels(model, passageVector(text, model)), nearby);
        if (wanted !== undefined && scores[wanted]! < MIN_SCORE) continue;
        const leading = firstOpen(codeLabels, scores, wanted === undefined ? 1 : 3, (l) => open(span.start, span.end, l));
        const pick = wanted === undefined ? leading[0] : leading.includes(wanted) ? wanted : undefined;
        if (pick !== undefined && scores[pick]! >= MIN_SCORE) make(span.start, span.end, pick, scores, codeLabels, text, nearby);
      }
    }
    if (tagged) {
      for (const e of tagged) {
        if (!e.codes) continue;
        const own = new Set((e.values_ ?? '').split(',').filter(Boolean).map((v) => dimensionOf.get(v)));
        const text = content.text.slice(e.start, e.end);
        const scores = scoreLabels(model, passageVector(text, model));
        for (const [dimensionId, candidates] of dimensions) {
          if (own.has(dimensionId)) continue;
          const best = firstOpen(candidates, scores, 1, (l) => open(e.start, e.end, l))[0];
          if (best !== undefined && scores[best]! >= MIN_SCORE) make(e.start, e.end, best, scores, candidates, text);
        }
      }
    }
  }
  out.sort((a, b) => b.suggestion.confidence - a.suggestion.confidence || b.suggestion.score - a.suggestion.score);
  const suggestions = out.slice(0, opts.limit).map(({ suggestion, label }) => ({ ...suggestion, words: drivingWords(suggestion.text, model, label) }));
  return {
    suggestions,
    model: {
      stale,
      trainedAt: am.trainedAt,
      trainingMs: am.trainingMs,
      codedExcerpts: am.codedExcerpts,
      taggedExcerpts: am.taggedExcerpts,
      rejections: am.rejections,
      labels: model.examples.filter((n) => n > 0).length,
    },
  };
}
