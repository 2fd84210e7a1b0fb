import { blendVotes } from './centroid-model';
import type { Span } from './passages';

/**
 * The codes of the coded excerpts nearest a passage in its own source: a documenter codes a conversation, and a
 * conversation stays on a subject for a while, so what was coded just before and after a passage says something
 * its words alone may not (a short reply, "exactly, and they never tell you", is about whatever the turns around it
 * are about). It is a minor share of the score, and adds nothing where a source has no coding yet.
 * Measured over ten fold splits (README): top-1 precision 0.41 → 0.44 on the NVivo project, 0.63 → 0.64 on TalkMoves,
 * better on 8 and 7 of the 10 splits; weighing each vote by its distance rather than its rank, 0.452 → 0.459 and
 * 0.639 → 0.653 (with accents folded, text-features.ts).
 */

/** A coded excerpt of a source, as the model's label indices. */
export interface PlacedLabels extends Span {
  labels: readonly number[];
}

/** A source's coded excerpts, sorted by start, and how far apart they usually are. */
export interface SourceCoding {
  excerpts: readonly PlacedLabels[];
  /** The median gap in characters between one coded excerpt and the next (at least 1). */
  spacing: number;
}

/** How many coded excerpts around a passage vote. */
export const NEARBY = 6;
/** The share of a passage's score that comes from its surroundings; the rest is its own words. */
export const NEARBY_SHARE = 0.2;

export function sourceCoding(excerpts: PlacedLabels[]): SourceCoding {
  const sorted = [...excerpts].sort((a, b) => a.start - b.start);
  const gaps: number[] = [];
  for (let i = 1; i < sorted.length; i++) gaps.push(Math.max(0, sorted[i]!.start - sorted[i - 1]!.end));
  gaps.sort((a, b) => a - b);
  return { excerpts: sorted, spacing: Math.max(1, gaps[gaps.length >> 1] ?? 1) };
}

/**
 * Votes of the NEARBY coded excerpts closest to `span`, or null when the source has none. Excerpts overlapping it
 * are not its surroundings but its own coding, and are left out. A vote weighs 1 / (1 + gap / spacing): an excerpt
 * next to the passage says more than one a few comments away, and "near" is measured against how densely this
 * source is coded, so a lesson coded sentence by sentence and a comment thread coded here and there both get a
 * scale of their own, with no distance fixed in characters.
 */
export function nearbyVotes(coding: SourceCoding, span: Span, labelCount: number): Float64Array | null {
  const placed = coding.excerpts;
  // The first excerpt starting at or after the passage's end; candidates are a few on either side of it.
  let lo = 0;
  let hi = placed.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (placed[mid]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const near: { at: number; gap: number }[] = [];
  for (let at = Math.max(0, lo - 2 * NEARBY); at < Math.min(placed.length, lo + 2 * NEARBY); at++) {
    const p = placed[at]!;
    if (p.end <= span.start) near.push({ at, gap: span.start - p.end });
    else if (p.start >= span.end) near.push({ at, gap: p.start - span.end });
  }
  if (near.length === 0) return null;
  near.sort((a, b) => a.gap - b.gap);
  const votes = new Float64Array(labelCount);
  for (const { at, gap } of near.slice(0, NEARBY)) {
    const weight = 1 / (1 + gap / coding.spacing);
    for (const label of new Set(placed[at]!.labels)) votes[label]! += weight;
  }
  return votes;
}

/**
 * Whether the surroundings speak for a label, so a suggestion may say "Passages around it have this code": one coded
 * excerpt within the source's usual spacing (a vote of at least 1/2), or several a little further, not the faint vote
 * of an excerpt pages away.
 */
export function nearbySays(votes: Float64Array | null, label: number): boolean {
  return (votes?.[label] ?? 0) >= 0.5;
}

/** Blends the surroundings' votes into a passage's scores, in place, on the scale of its best score. */
export function blendNearby(scores: Float64Array, votes: Float64Array | null): Float64Array {
  return blendVotes(scores, votes, NEARBY_SHARE);
}
