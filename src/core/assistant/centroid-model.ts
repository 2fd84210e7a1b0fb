import { featureSlots } from './feature-slots';
import { buildNeighbourIndex, neighbourVotes, type NeighbourIndex } from './neighbour-votes';
import { FEATURE_BITS, type SparseCounts } from './text-features';

/**
 * A nearest-centroid (Rocchio) text classifier over TF-IDF vectors: each label (a code or an evidence value) is
 * the mean of its examples' unit vectors, less a share of the mean of the passages rejected for it; a passage is
 * scored by its cosine with every centroid. It trains in one pass (seconds for 100,000 excerpts), needs no
 * tuning per lab, copes with labels that have two examples, and its score splits into per-word parts, which is
 * what an explanation is. Half of a passage's score is its nearest coded excerpts' votes (neighbour-votes.ts).
 */

export interface LabelledText {
  counts: SparseCounts;
  labels: readonly number[];
}

/** Everything a model is; only typed arrays and strings, so it crosses from the worker without a copy of the text. */
export interface CentroidModel {
  labels: string[];
  /** How many examples (excerpts, and seeds such as a definition) each label learned from. */
  examples: Int32Array;
  idf: Float32Array;
  /** Label weights by feature, grouped: the entries of features[i] are offsets[i] .. offsets[i+1]. */
  features: Int32Array;
  offsets: Int32Array;
  postingLabels: Int32Array;
  postingWeights: Float32Array;
  neighbours: NeighbourIndex;
}

/** How much a rejection pulls its label's centroid away from the passage, against a positive example's pull. */
const REJECTION_WEIGHT = 0.5;
/** A centroid keeps its strongest features only: past this the long tail costs memory and time and adds nothing. */
const MAX_FEATURES_PER_LABEL = 30000;

export interface UnitVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** Sublinear TF times IDF, scaled to length 1. */
export function unitVector(counts: SparseCounts, idf: Float32Array): UnitVector {
  const weights = new Float32Array(counts.ids.length);
  let norm = 0;
  for (let i = 0; i < weights.length; i++) {
    const w = (1 + Math.log(counts.counts[i]!)) * idf[counts.ids[i]!]!;
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
  return { ids: counts.ids, weights };
}

export function inverseDocumentFrequency(texts: Iterable<SparseCounts>): Float32Array {
  const df = new Int32Array(1 << FEATURE_BITS);
  let n = 0;
  for (const t of texts) {
    n++;
    for (const id of t.ids) df[id]!++;
  }
  // Most of the hashed space is never seen: its IDF is one value, filled without a logarithm each.
  const idf = new Float32Array(df.length).fill(Math.log(n + 1) + 1);
  for (let i = 0; i < df.length; i++) if (df[i]! > 0) idf[i] = Math.log((n + 1) / (df[i]! + 1)) + 1;
  return idf;
}

/**
 * Examples are turned into unit vectors once, then each label's centroid is summed in one dense scratch array: a pass over typed arrays rather than a map per label, which
 * is what keeps training a lab of 100,000 excerpts to seconds.
 */
export function trainCentroids(labels: string[], examples: readonly LabelledText[], rejections: readonly LabelledText[], idf: Float32Array): CentroidModel {
  const vectors = (list: readonly LabelledText[]) => list.map((t) => unitVector(t.counts, idf));
  const positive = vectors(examples);
  const negative = vectors(rejections);
  const members = (list: readonly LabelledText[]) => {
    const of: number[][] = labels.map(() => []);
    list.forEach((t, i) => {
      for (const label of new Set(t.labels)) of[label]!.push(i);
    });
    return of;
  };
  const positiveOf = members(examples);
  const negativeOf = members(rejections);
  const counts = Int32Array.from(positiveOf, (m) => m.length);

  const acc = new Float64Array(1 << FEATURE_BITS);
  const seen = new Uint8Array(1 << FEATURE_BITS);
  const touched: number[] = [];
  const add = (v: UnitVector, scale: number) => {
    for (let i = 0; i < v.ids.length; i++) {
      const id = v.ids[i]!;
      if (!seen[id]) {
        seen[id] = 1;
        touched.push(id);
      }
      acc[id]! += scale * v.weights[i]!;
    }
  };
  // Each label's centroid, as runs of (feature, weight); regrouped by feature below with a counting sort.
  const runs: { label: number; ids: Int32Array; weights: Float32Array }[] = [];
  for (let label = 0; label < labels.length; label++) {
    const pos = positiveOf[label]!;
    if (pos.length === 0) continue;
    for (const i of pos) add(positive[i]!, 1 / pos.length);
    const neg = negativeOf[label]!;
    for (const i of neg) add(negative[i]!, -REJECTION_WEIGHT / neg.length);
    let kept = touched.filter((id) => acc[id]! > 0);
    if (kept.length > MAX_FEATURES_PER_LABEL) kept = kept.sort((x, y) => acc[y]! - acc[x]!).slice(0, MAX_FEATURES_PER_LABEL);
    let norm = 0;
    for (const id of kept) norm += acc[id]! * acc[id]!;
    norm = Math.sqrt(norm) || 1;
    const ids = Int32Array.from(kept);
    const weights = Float32Array.from(kept, (id) => acc[id]! / norm);
    for (const id of touched) {
      acc[id] = 0;
      seen[id] = 0;
    }
    touched.length = 0;
    runs.push({ label, ids, weights });
  }
  const perFeature = new Int32Array(1 << FEATURE_BITS);
  for (const r of runs) for (const id of r.ids) perFeature[id]!++;
  let distinct = 0;
  for (let id = 0; id < perFeature.length; id++) if (perFeature[id]! > 0) distinct++;
  const features = new Int32Array(distinct);
  const offsets = new Int32Array(distinct + 1);
  const slot = new Int32Array(1 << FEATURE_BITS);
  let total = 0;
  for (let id = 0, f = 0; id < perFeature.length; id++) {
    if (perFeature[id] === 0) continue;
    features[f] = id;
    offsets[f++] = total;
    slot[id] = total;
    total += perFeature[id]!;
  }
  offsets[distinct] = total;
  const postingLabels = new Int32Array(total);
  const postingWeights = new Float32Array(total);
  for (const r of runs) {
    for (let i = 0; i < r.ids.length; i++) {
      const at = slot[r.ids[i]!]!++;
      postingLabels[at] = r.label;
      postingWeights[at] = r.weights[i]!;
    }
  }
  const neighbours = buildNeighbourIndex(examples, positive, labels.length);
  return { labels, examples: counts, idf, features, offsets, postingLabels, postingWeights, neighbours };
}

/** The cosine of a passage with every label's centroid (labels with no examples score 0). */
export function centroidCosines(model: CentroidModel, v: UnitVector): Float64Array {
  const scores = new Float64Array(model.labels.length);
  const slots = featureSlots(model.features);
  for (let i = 0; i < v.ids.length; i++) {
    const at = slots[v.ids[i]!]!;
    if (at < 0) continue;
    const w = v.weights[i]!;
    for (let p = model.offsets[at]!; p < model.offsets[at + 1]!; p++) scores[model.postingLabels[p]!]! += w * model.postingWeights[p]!;
  }
  return scores;
}

/**
 * Half the centroid's cosine and half the neighbours' votes, each taken relative to its best label for this passage
 * (a fixed rule, not fitted to a lab), then put back on the cosine's scale, so the floor and the confidence that
 * suggestions apply to a cosine still mean what they did.
 */
export function scoreLabels(model: CentroidModel, v: UnitVector): Float64Array {
  return blendVotes(centroidCosines(model, v), neighbourVotes(model.neighbours, v, model.labels.length), 0.5);
}

/**
 * Puts `share` of each label's score on its votes, taken relative to the best-voted label and scaled to the best
 * score, in place: the best score stays where it was, so the floor and the confidence still mean what they did.
 * Without votes the scores are left as they are.
 */
export function blendVotes(scores: Float64Array, votes: Float64Array | null, share: number): Float64Array {
  if (!votes) return scores;
  let topScore = 0;
  let topVote = 0;
  for (let l = 0; l < scores.length; l++) {
    topScore = Math.max(topScore, scores[l]!);
    topVote = Math.max(topVote, votes[l]!);
  }
  if (topVote === 0) return scores;
  for (let l = 0; l < scores.length; l++) scores[l] = (1 - share) * scores[l]! + share * topScore * (votes[l]! / topVote);
  return scores;
}

/** Each feature's share of a passage's score for one label, for explanations. */
export function contributions(model: CentroidModel, v: UnitVector, label: number): Map<number, number> {
  const out = new Map<number, number>();
  const slots = featureSlots(model.features);
  for (let i = 0; i < v.ids.length; i++) {
    const at = slots[v.ids[i]!]!;
    if (at < 0) continue;
    for (let p = model.offsets[at]!; p < model.offsets[at + 1]!; p++) {
      if (model.postingLabels[p] === label) out.set(v.ids[i]!, v.weights[i]! * model.postingWeights[p]!);
    }
  }
  return out;
}

/** Labels best first, ties broken by how many examples they have (a better-attested label first). */
export function rankLabels(model: CentroidModel, scores: Float64Array): number[] {
  const order: number[] = [];
  for (let i = 0; i < scores.length; i++) if (model.examples[i]! > 0) order.push(i);
  return order.sort((a, b) => scores[b]! - scores[a]! || model.examples[b]! - model.examples[a]!);
}
