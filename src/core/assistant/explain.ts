import { contributions, unitVector, type CentroidModel, type UnitVector } from './centroid-model';
import { countFeatures, countTextFeatures, featuresOf, wordsOf } from './text-features';

/**
 * A passage as the model scores it. Built without an object per feature (the path training takes): a pass over a
 * large lab scores every passage and explains only those it suggests, so the features' words are found only then.
 */
export function passageVector(text: string, model: CentroidModel): UnitVector {
  return unitVector(countTextFeatures(text), model.idf);
}

/**
 * The words of the passage that carry most of its score for `label`: each feature's share of the cosine goes to the
 * word it came from (a word pair's to both), so letter pieces and pairs credit real words the documenter can read.
 */
export function drivingWords(text: string, model: CentroidModel, label: number, max = 5): string[] {
  const words = wordsOf(text);
  const features = featuresOf(words);
  const parts = contributions(model, unitVector(countFeatures(features), model.idf), label);
  const occurrences = new Map<number, number>();
  for (const f of features) occurrences.set(f.id, (occurrences.get(f.id) ?? 0) + 1);
  const byWord = new Float64Array(words.length);
  for (const f of features) {
    const c = parts.get(f.id);
    if (!c) continue;
    const share = c / occurrences.get(f.id)!;
    if (f.pair) {
      byWord[f.word]! += share / 2;
      byWord[f.word + 1]! += share / 2;
    } else byWord[f.word]! += share;
  }
  const best = new Map<string, { shown: string; score: number }>();
  words.forEach((w, i) => {
    const seen = best.get(w.word);
    if (byWord[i]! > 0) best.set(w.word, { shown: seen?.shown ?? text.slice(w.start, w.end), score: (seen?.score ?? 0) + byWord[i]! });
  });
  return [...best.values()]
    .sort((a, b) => b.score - a.score)
    .slice(0, max)
    .map((b) => b.shown);
}
