import { describe, expect, it } from 'vitest';
import { centroidCosines, inverseDocumentFrequency, rankLabels, scoreLabels, trainCentroids, unitVector } from '../../../src/core/assistant/centroid-model';
import { evaluateModel, wilsonInterval } from '../../../src/core/assistant/evaluate-model';
import { drivingWords, passageVector } from '../../../src/core/assistant/explain';
import { buildNeighbourIndex, MAX_EXEMPLARS, neighbourVotes } from '../../../src/core/assistant/neighbour-votes';
import { blendNearby, nearbySays, nearbyVotes, sourceCoding } from '../../../src/core/assistant/nearby-coding';
import { passagesOf, uncovered } from '../../../src/core/assistant/passages';
import { countFeatures, featuresOf, wordsOf } from '../../../src/core/assistant/text-features';

const counted = (t: string) => countFeatures(featuresOf(wordsOf(t)));

describe('text features', () => {
  it('split words of any script by Unicode class, keep offsets, drop bare numbers', () => {
    const text = 'Az oltás 2021-ben: Kötelező? 12 ＣＯＶＩＤ';
    const words = wordsOf(text);
    expect(words.map((w) => w.word)).toEqual(['az', 'oltas', '2021-ben', 'kotelezo', 'covid']);
    expect(words.map((w) => text.slice(w.start, w.end))).toEqual(['Az', 'oltás', '2021-ben', 'Kötelező', 'ＣＯＶＩＤ']);
  });

  it('read a word written without its accents as the same word, but keep the vowel signs of other scripts', () => {
    const same = (a: string, b: string) => expect(Array.from(counted(a).ids)).toEqual(Array.from(counted(b).ids));
    same('kötelező oltás', 'kotelezo oltas');
    same('canción café', 'cancion cafe');
    same('Ελληνικά', 'ελληνικα');
    // In Devanagari the marks are vowels: कमल (lotus) and कमला (a name) stay two words.
    expect(wordsOf('कमल कमला').map((w) => w.word)).toEqual(['कमल', 'कमला']);
    expect(Array.from(counted('कमल').ids)).not.toEqual(Array.from(counted('कमला').ids));
  });

  it('let inflected forms share letter pieces, so “oltást” is nearer “oltás” than an unrelated word', () => {
    const idf = inverseDocumentFrequency([counted('oltás'), counted('oltást'), counted('kenyér')]);
    const model = trainCentroids(['a', 'b'], [{ counts: counted('oltás oltással'), labels: [0] }, { counts: counted('kenyér pék'), labels: [1] }], [], idf);
    const scores = scoreLabels(model, unitVector(counted('oltást'), idf));
    expect(scores[0]).toBeGreaterThan(0);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });
});

describe('the centroid model', () => {
  const examples = [
    { counts: counted('the coach observed a reading lesson'), labels: [0] },
    { counts: counted('the literacy coach gave feedback'), labels: [0] },
    { counts: counted('the transport budget was cut'), labels: [1] },
    { counts: counted('funding for transport ran out'), labels: [1] },
  ];
  const idf = inverseDocumentFrequency(examples.map((e) => e.counts));

  it('ranks the label whose examples share the passage’s rare words first, and names those words', () => {
    const model = trainCentroids(['coaching', 'funding'], examples, [], idf);
    const text = 'Money for transport is short';
    const v = passageVector(text, model);
    expect(Array.from(v.weights)).toEqual(Array.from(unitVector(counted(text), idf).weights));
    expect(rankLabels(model, scoreLabels(model, v))[0]).toBe(1);
    expect(drivingWords(text, model, 1)[0]).toBe('transport');
  });

  it('learns from a rejection: the rejected passage scores lower for that label', () => {
    const before = trainCentroids(['coaching', 'funding'], examples, [], idf);
    const rejected = { counts: counted('transport to the coach workshop'), labels: [1] };
    const after = trainCentroids(['coaching', 'funding'], examples, [rejected], idf);
    const v = unitVector(rejected.counts, idf);
    expect(scoreLabels(after, v)[1]).toBeLessThan(scoreLabels(before, v)[1]!);
  });
});

describe('neighbour votes', () => {
  const examples = [
    ...['the coach observed a reading lesson', 'the literacy coach gave feedback on reading', 'coach visits to reading lessons'].map((t) => ({ counts: counted(t), labels: [0] })),
    { counts: counted('the district stopped paying the mileage claims'), labels: [0] },
    ...['the district budget was cut', 'paying for the claims is hard', 'the mileage budget'].map((t) => ({ counts: counted(t), labels: [1] })),
  ];
  const idf = inverseDocumentFrequency(examples.map((e) => e.counts));
  const vectors = examples.map((e) => unitVector(e.counts, idf));

  it('go to the labels of the nearest excerpts, weighted by their cosine with the passage', () => {
    const index = { ...buildNeighbourIndex(examples, vectors, 2), k: 1 };
    const q = unitVector(counted('the district stopped paying mileage claims in March'), idf);
    const votes = neighbourVotes(index, q, 2);
    // The cosine over the features the index keeps: “the”, in most excerpts, is left out as too common to matter.
    const kept = new Set(index.features);
    expect(kept.has(counted('the').ids[0]!)).toBe(false);
    let cos = 0;
    const near = vectors[3]!;
    q.ids.forEach((id, i) => {
      const j = near.ids.indexOf(id);
      if (j >= 0 && kept.has(id)) cos += q.weights[i]! * near.weights[j]!;
    });
    expect(cos).toBeGreaterThan(0.3);
    expect(votes[0]).toBeCloseTo(cos, 5);
    expect(votes[1]).toBe(0);
    // The same call again: the scratch it sums in is left clean.
    expect(Array.from(neighbourVotes(index, q, 2))).toEqual(Array.from(votes));
  });

  it('blend with the centroid on the cosine’s scale: no score exceeds the best centroid cosine', () => {
    const model = trainCentroids(['coaching', 'funding'], examples, [], idf);
    const q = unitVector(counted('the district stopped paying mileage claims in March'), idf);
    const cosines = centroidCosines(model, q);
    const scores = scoreLabels(model, q);
    expect(Math.max(...scores)).toBeLessThanOrEqual(Math.max(...cosines) + 1e-12);
    // The nearest excerpt is a coaching one, so its votes lift coaching above its centroid cosine.
    expect(scores[0]).toBeGreaterThan(cosines[0]! * 0.5);
    expect(scores[0]! - scores[1]!).toBeGreaterThan(cosines[0]! - cosines[1]!);
  });

  it('keep at most MAX_EXEMPLARS excerpts, and every label keeps its own', () => {
    const many = [
      ...Array.from({ length: MAX_EXEMPLARS + 500 }, (_, i) => ({ counts: counted(`common passage number w${i}`), labels: [0] })),
      ...['rare one', 'rare two', 'rare three'].map((t) => ({ counts: counted(t), labels: [1] })),
    ];
    const idf2 = inverseDocumentFrequency(many.map((e) => e.counts));
    const index = buildNeighbourIndex(many, many.map((e) => unitVector(e.counts, idf2)), 2);
    expect(index.docOffsets.length - 1).toBeLessThanOrEqual(MAX_EXEMPLARS);
    expect(Array.from(index.docLabels).filter((l) => l === 1)).toHaveLength(3);
  });
});

describe('passages', () => {
  const text = 'Intro.\n\nFirst sentence here. Second one there!\n\nAnother paragraph.';
  const blocks = [
    { kind: 'heading' as const, start: 0, end: 6 },
    { kind: 'paragraph' as const, start: 8, end: text.indexOf('!') + 1 },
    { kind: 'paragraph' as const, start: text.indexOf('Another'), end: text.length },
  ];

  it('are paragraphs, sentences within them, or turns (paragraphs where there are none); headings never', () => {
    expect(passagesOf(text, blocks, 'paragraph').map((p) => text.slice(p.start, p.end))).toEqual(['First sentence here. Second one there!', 'Another paragraph.']);
    expect(passagesOf(text, blocks, 'sentence').map((p) => text.slice(p.start, p.end))).toEqual(['First sentence here.', 'Second one there!', 'Another paragraph.']);
    expect(passagesOf(text, blocks, 'turn')).toEqual(passagesOf(text, blocks, 'paragraph'));
  });

  it('that any excerpt overlaps are left out', () => {
    const ps = [
      { start: 0, end: 10 },
      { start: 12, end: 20 },
      { start: 22, end: 30 },
      { start: 32, end: 40 },
    ];
    expect(uncovered(ps, [{ start: 5, end: 13 }, { start: 39, end: 50 }])).toEqual([{ start: 22, end: 30 }]);
    expect(uncovered(ps, [{ start: 0, end: 100 }])).toEqual([]);
    expect(uncovered(ps, [])).toEqual(ps);
  });
});

describe('evaluation', () => {
  it('measures the assistant and the most-frequent-code baseline on the same folds', async () => {
    const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
    const coded = [
      ...Array.from({ length: 16 }, (_, i) => ({ text: `coach lesson observation reading ${i}`, codeIds: [id(1)] })),
      ...Array.from({ length: 6 }, (_, i) => ({ text: `budget transport money cut ${i}`, codeIds: [id(2)] })),
      { text: 'rare thing', codeIds: [id(3)] },
    ];
    const r = await evaluateModel(coded, [], { folds: 5, minExamples: 5 });
    expect(r.codesInScope).toBe(2);
    expect(r.evaluatedExcerpts).toBe(22);
    expect(r.overall.top1Precision).toBe(1);
    // The baseline always says the training folds' most frequent code: right for the 16, wrong for the 6.
    expect(r.baseline.top1Precision).toBeCloseTo(16 / 22, 5);
    expect(r.overall.top3Recall).toBe(1);
    expect(r.perCode.map((p) => p.support)).toEqual([16, 6]);
    // 22 of 22 right still leaves room below: a few excerpts prove less than many.
    expect(r.overall.top1Interval.high).toBe(1);
    expect(r.overall.top1Interval.low).toBeCloseTo(0.851, 3);
    expect(r.baseline.top1Interval.low).toBeLessThan(16 / 22);
    expect(r.baseline.top1Interval.high).toBeGreaterThan(16 / 22);
  });

  it('gives the 95% Wilson interval of a precision, wider on fewer excerpts', () => {
    // 49 of 101, as on the NVivo project: about 0.39 to 0.58.
    const nvivo = wilsonInterval(49, 101);
    expect(nvivo.low).toBeCloseTo(0.3902, 3);
    expect(nvivo.high).toBeCloseTo(0.5812, 3);
    const many = wilsonInterval(490, 1010);
    expect(many.high - many.low).toBeLessThan((nvivo.high - nvivo.low) / 3);
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 3);
    expect(wilsonInterval(0, 0)).toEqual({ low: 0, high: 1 });
  });
});

describe('nearby coding', () => {
  // Coded excerpts of one source, by start: label 0 around 100–200, label 1 far later, one overlapping the passage.
  const placed = [
    { start: 0, end: 40, labels: [0] },
    { start: 60, end: 90, labels: [0, 2] },
    { start: 95, end: 130, labels: [1] },
    { start: 145, end: 170, labels: [0] },
    { start: 900, end: 950, labels: [1] },
  ];

  it('votes by the nearest coded excerpts, each by its distance against the source\'s spacing, leaving out one that overlaps the passage', () => {
    const coding = sourceCoding(placed);
    // Gaps between consecutive excerpts: 20, 5, 15, 730; the median (spacing) is 20.
    expect(coding.spacing).toBe(20);
    const votes = nearbyVotes(coding, { start: 100, end: 140 }, 3)!;
    // 145–170 (gap 5: 1/(1 + 5/20)), 60–90 (gap 10: 1/1.5), 0–40 (gap 60: 1/4), 900–950 (gap 760: 1/39); 95–130 overlaps.
    expect(votes[0]).toBeCloseTo(0.8 + 1 / 1.5 + 1 / 4);
    expect(votes[1]).toBeCloseTo(1 / 39);
    expect(votes[2]).toBeCloseTo(1 / 1.5);
    expect(nearbyVotes(sourceCoding([]), { start: 0, end: 10 }, 3)).toBeNull();
    expect(nearbyVotes(sourceCoding([{ start: 0, end: 50, labels: [0] }]), { start: 10, end: 20 }, 3)).toBeNull();
  });

  it('measures nearness against how densely the source is coded', () => {
    // The same two neighbours, one 10 characters away with label 0 and one 40 away with label 1, in a source coded
    // sentence by sentence and in one coded every few thousand characters: the nearer weighs more in both, and the
    // farther counts for more where coding is sparse.
    const around = (filler: number) => [
      { start: 0, end: 50, labels: [0] },
      { start: 120, end: 150, labels: [1] },
      { start: 150 + filler, end: 160 + filler, labels: [2] },
      { start: 160 + 2 * filler, end: 170 + 2 * filler, labels: [2] },
    ];
    const dense = nearbyVotes(sourceCoding(around(2)), { start: 60, end: 80 }, 3)!;
    const sparse = nearbyVotes(sourceCoding(around(3000)), { start: 60, end: 80 }, 3)!;
    expect(dense[0]).toBeGreaterThan(dense[1]!);
    expect(sparse[0]).toBeGreaterThan(sparse[1]!);
    expect(sparse[1]! / sparse[0]!).toBeGreaterThan(dense[1]! / dense[0]!);
    // Only a vote that means something is named to the documenter.
    expect(nearbySays(sparse, 0)).toBe(true);
    expect(nearbySays(dense, 1)).toBe(false);
    expect(nearbySays(null, 0)).toBe(false);
  });

  it('blends a minor share into the scores, on the scale of the best one', () => {
    const scores = Float64Array.from([0.3, 0.28, 0.1]);
    blendNearby(scores, Float64Array.from([0, 1, 0]));
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(Math.max(...scores)).toBeLessThanOrEqual(0.3 + 1e-9);
    expect(Array.from(blendNearby(Float64Array.from([0.2, 0.1]), null))).toEqual([0.2, 0.1]);
  });
});
