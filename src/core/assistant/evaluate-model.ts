import type { AssistantEvaluation, EvaluationFigures } from '../../shared/domain/assistant';
import { inverseDocumentFrequency, rankLabels, scoreLabels, trainCentroids, unitVector, type LabelledText } from './centroid-model';
import { seededRandom } from '../seeded-random';
import { countTextFeatures, type SparseCounts } from './text-features';
import { blendNearby, nearbyVotes, sourceCoding, type PlacedLabels, type SourceCoding } from './nearby-coding';
import type { Span } from './passages';
import { watched, type PassWatch } from './watched-pass';

export interface CodedText {
  text: string;
  codeIds: readonly string[];
  /** Where the excerpt lies: its neighbours in the training folds are its surroundings (nearby-coding.ts). */
  place?: { sourceId: string } & Span;
}

export interface EvaluateOptions {
  folds: number;
  /** Codes with fewer coded excerpts than this are left out of the figures (they are still learned from). */
  minExamples: number;
  seed?: number;
}


interface Tally {
  items: number;
  truths: number;
  top1Hits: number;
  top3Hits: number;
}

/**
 * The Wilson score interval (95%) of a proportion of `hits` in `n`: honest for small n and for proportions near 0 or
 * 1, where the plain p ± 1.96·SE runs past the ends. A hundred excerpts give about ±0.1 on a precision near a half.
 */
export function wilsonInterval(hits: number, n: number): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const z = 1.96;
  const p = hits / n;
  const scale = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / scale;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / scale;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

function figures(t: Tally): EvaluationFigures {
  const div = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    top1Precision: div(t.top1Hits, t.items),
    top1Interval: wilsonInterval(t.top1Hits, t.items),
    top1Recall: div(t.top1Hits, t.truths),
    top3Precision: div(t.top3Hits, 3 * t.items),
    top3Recall: div(t.top3Hits, t.truths),
  };
}

function tallyOf(): Tally {
  return { items: 0, truths: 0, top1Hits: 0, top3Hits: 0 };
}

/**
 * k-fold evaluation of the suggestion model on a lab's own coding: each fold's excerpts are hidden, the model
 * learns from the rest (and from the code definitions), and ranks the codes for each hidden excerpt. The baseline,
 * "always the most frequent code" of the training folds, is measured on the same folds. Watched (as a job), it reports
 * its progress and stops on a cancel between two hidden excerpts.
 */
export async function evaluateModel(
  coded: readonly CodedText[],
  seeds: readonly CodedText[],
  opts: EvaluateOptions,
  watch?: PassWatch,
): Promise<AssistantEvaluation> {
  const support = new Map<string, number>();
  for (const c of coded) for (const id of new Set(c.codeIds)) support.set(id, (support.get(id) ?? 0) + 1);
  const inScope = new Set([...support].filter(([, n]) => n >= opts.minExamples).map(([id]) => id));
  const labels = [...support.keys()];
  const labelIndex = new Map(labels.map((id, i) => [id, i]));
  const counts: SparseCounts[] = coded.map((c) => countTextFeatures(c.text));
  const seedTexts: LabelledText[] = seeds
    .filter((s) => s.codeIds.some((id) => labelIndex.has(id)))
    .map((s) => ({ counts: countTextFeatures(s.text), labels: s.codeIds.filter((id) => labelIndex.has(id)).map((id) => labelIndex.get(id)!) }));

  const items = coded.map((_, i) => i).filter((i) => coded[i]!.codeIds.some((id) => inScope.has(id)));
  const random = seededRandom(opts.seed ?? 16);
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  const folds = Math.max(2, Math.min(opts.folds, items.length));
  const foldOf = new Int32Array(coded.length).fill(-1);
  items.forEach((item, n) => (foldOf[item] = n % folds));

  const overall = tallyOf();
  const baseline = tallyOf();
  const perCode = new Map<string, { support: number; predicted: number; top1Hits: number; top3Hits: number }>();
  for (const id of inScope) perCode.set(id, { support: 0, predicted: 0, top1Hits: 0, top3Hits: 0 });

  /** What the model learns with one fold hidden: the model, the baseline's ranking, and each source's coding. */
  const learnWithout = (fold: number) => {
    const training = coded.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const examples: LabelledText[] = training.map((i) => ({ counts: counts[i]!, labels: coded[i]!.codeIds.map((id) => labelIndex.get(id)!) }));
    const idf = inverseDocumentFrequency([...examples, ...seedTexts].map((e) => e.counts));
    const model = trainCentroids(labels, [...examples, ...seedTexts], [], idf);
    const frequency = new Map<string, number>();
    for (const i of training) for (const id of coded[i]!.codeIds) if (inScope.has(id)) frequency.set(id, (frequency.get(id) ?? 0) + 1);
    const baselineRanking = [...frequency].sort((a, b) => b[1] - a[1]).map(([id]) => id);
    const placedIn = new Map<string, PlacedLabels[]>();
    for (const i of training) {
      const place = coded[i]!.place;
      if (!place) continue;
      const list = placedIn.get(place.sourceId) ?? [];
      list.push({ start: place.start, end: place.end, labels: coded[i]!.codeIds.map((id) => labelIndex.get(id)!) });
      placedIn.set(place.sourceId, list);
    }
    const codingOf = new Map<string, SourceCoding>([...placedIn].map(([sourceId, list]) => [sourceId, sourceCoding(list)]));
    return { model, baselineRanking, codingOf };
  };

  // Hidden excerpts fold by fold, so each fold's model is learnt once, when its first excerpt comes up.
  const hidden = Array.from({ length: folds }, (_, fold) => items.filter((i) => foldOf[i] === fold)).flat();
  let fold = -1;
  let learnt: ReturnType<typeof learnWithout> | undefined;
  for await (const i of watched(hidden, watch, 'Testing the assistant on your coding')) {
    if (foldOf[i] !== fold) {
      fold = foldOf[i]!;
      learnt = learnWithout(fold);
    }
    const { model, baselineRanking, codingOf } = learnt!;
    const truth = new Set(coded[i]!.codeIds.filter((id) => inScope.has(id)));
    const place = coded[i]!.place;
    const coding = place && codingOf.get(place.sourceId);
    const nearby = coding ? nearbyVotes(coding, place, labels.length) : null;
    const ranked = rankLabels(model, blendNearby(scoreLabels(model, unitVector(counts[i]!, model.idf)), nearby))
      .map((l) => labels[l]!)
      .filter((id) => inScope.has(id));
    for (const [tally, ranking] of [[overall, ranked], [baseline, baselineRanking]] as const) {
      tally.items++;
      tally.truths += truth.size;
      if (truth.has(ranking[0] ?? '')) tally.top1Hits++;
      tally.top3Hits += ranking.slice(0, 3).filter((id) => truth.has(id)).length;
    }
    if (ranked[0]) perCode.get(ranked[0])!.predicted++;
    for (const id of truth) {
      const p = perCode.get(id)!;
      p.support++;
      if (ranked[0] === id) p.top1Hits++;
      if (ranked.slice(0, 3).includes(id)) p.top3Hits++;
    }
  }

  return {
    folds,
    minExamples: opts.minExamples,
    codedExcerpts: coded.length,
    evaluatedExcerpts: items.length,
    codes: support.size,
    codesInScope: inScope.size,
    overall: figures(overall),
    baseline: figures(baseline),
    perCode: [...perCode]
      .map(([codeId, p]) => ({
        codeId,
        name: '',
        support: p.support,
        top1Precision: p.predicted === 0 ? 0 : p.top1Hits / p.predicted,
        top1Recall: p.support === 0 ? 0 : p.top1Hits / p.support,
        top3Recall: p.support === 0 ? 0 : p.top3Hits / p.support,
      }))
      .sort((a, b) => b.support - a.support),
  };
}
