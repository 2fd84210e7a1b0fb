import { describe, expect, it } from 'vitest';
import { codeRange } from '../../../src/core/coding/excerpts';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

/**
 * A real lab with two coders. Source S1 is 100 characters without spaces, so ranges are stored as given.
 *   Ada: Fidelity 0–40, Adaptation 60–80.
 *   Ben: Fidelity 20–50, Adaptation 60–70 and 70–80 (two excerpts that together cover what Ada's one does),
 *        and Scale added to Ada's excerpt 60–80 (the coding is Ben's, though the excerpt is Ada's).
 *   S2 is coded by Ada only, so it is not compared; S3 by nobody.
 * Over S1's 100 characters:
 *   Fidelity:   both 20–40 = 20, Ada only 0–20 = 20, Ben only 40–50 = 10, neither 50.
 *     p_o = 0.7; p_A(1) = 0.4, p_B(1) = 0.3, p_e = 0.4·0.3 + 0.6·0.7 = 0.54, κ = 0.16/0.46 = 0.347826.
 *     α: o₀₁ = 30, n₀ = 2·50 + 30 = 130, n₁ = 2·20 + 30 = 70, n = 200, α = 1 − 199·30/(130·70) = 0.343956.
 *     Disagreement runs: 0–20 (Ada) and 40–50 (Ben).
 *   Adaptation: both 20, neither 80: p_o = 1, κ = 1 (p_e = 0.04 + 0.64), α = 1.
 *   Scale:      Ben only 20, neither 80: p_o = 0.8, p_e = 0·0.2 + 1·0.8 = 0.8, κ = 0/0.2 = 0.
 *     α: o₀₁ = 20, n₀ = 180, n₁ = 20, α = 1 − 199·20/(180·20) = −0.105556.
 *   Overall (tables summed): both 40, Ada only 20, Ben only 30, neither 210, of 300.
 *     p_o = 250/300; p_A(1) = 0.2, p_B(1) = 70/300, p_e = 0.66, κ = (0.83333 − 0.66)/0.34 = 0.509804.
 *     α: o₀₁ = 50, n₀ = 470, n₁ = 130, n = 600, α = 1 − 599·50/(470·130) = 0.509820.
 */
async function twoCoderLab() {
  const app = await appWithLab();
  const s1 = addSource(app, 's1.txt', docFrom(['x'.repeat(100)]));
  const s2 = addSource(app, 's2.txt', docFrom(['y'.repeat(100)]));
  addSource(app, 's3.txt', docFrom(['z'.repeat(100)]));
  const fidelity = await app.call('codes.create', { code: { name: 'Fidelity', parentId: null } });
  const adaptation = await app.call('codes.create', { code: { name: 'Adaptation', parentId: null } });
  const scale = await app.call('codes.create', { code: { name: 'Scale', parentId: null } });
  await app.call('codes.create', { code: { name: 'Unused', parentId: null } });
  const store = app.ws.store;
  store.useCoder('Ada');
  codeRange(store, s1, 0, 40, [fidelity.id]);
  const adaAdaptation = codeRange(store, s1, 60, 80, [adaptation.id]);
  codeRange(store, s2, 0, 50, [fidelity.id]);
  store.useCoder('Ben');
  codeRange(store, s1, 20, 50, [fidelity.id]);
  codeRange(store, s1, 60, 70, [adaptation.id]);
  codeRange(store, s1, 70, 80, [adaptation.id]);
  await app.call('excerpts.addCodes', { excerptId: adaAdaptation.id, codeIds: [scale.id] });
  const coders = await app.call('coders.list', {});
  const id = (name: string) => coders.find((c) => c.name === name)!.id;
  return { app, s1, s2, fidelity, adaptation, scale, ada: id('Ada'), ben: id('Ben') };
}

describe('agreement.compute', () => {
  it('compares two coders per code and overall on the characters of the sources both coded', async () => {
    const lab = await twoCoderLab();
    const r = await lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.ben });
    expect(r.sourceCount).toBe(1);
    expect(r.charCount).toBe(100);
    // Codes either coder used, by name; "Unused" is left out.
    expect(r.codes.map((c) => c.name)).toEqual(['Adaptation', 'Fidelity', 'Scale']);
    const [adaptation, fidelity, scale] = r.codes;
    expect(fidelity).toMatchObject({ bothChars: 20, aOnlyChars: 20, bOnlyChars: 10, neitherChars: 50, disagreements: 2 });
    expect(fidelity!.percent).toBeCloseTo(0.7, 12);
    expect(fidelity!.kappa).toBeCloseTo(0.16 / 0.46, 12);
    expect(fidelity!.alpha).toBeCloseTo(1 - 5970 / 9100, 12);
    expect(adaptation).toMatchObject({ bothChars: 20, aOnlyChars: 0, bOnlyChars: 0, neitherChars: 80, disagreements: 0, percent: 1 });
    expect(adaptation!.kappa).toBeCloseTo(1, 12);
    expect(adaptation!.alpha).toBeCloseTo(1, 12);
    expect(scale).toMatchObject({ bothChars: 0, aOnlyChars: 0, bOnlyChars: 20, neitherChars: 80, disagreements: 1 });
    expect(scale!.kappa).toBeCloseTo(0, 12);
    expect(scale!.alpha).toBeCloseTo(1 - 199 / 180, 12);
    expect(r.overall).toMatchObject({ bothChars: 40, aOnlyChars: 20, bOnlyChars: 30, neitherChars: 210, disagreements: 3 });
    expect(r.overall.percent).toBeCloseTo(250 / 300, 12);
    expect(r.overall.kappa).toBeCloseTo((250 / 300 - 0.66) / 0.34, 12);
    expect(r.overall.alpha).toBeCloseTo(1 - 29950 / 61100, 12);
  });

  it('swapping the coders swaps A-only and B-only and changes no statistic', async () => {
    const lab = await twoCoderLab();
    const ab = await lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.ben });
    const ba = await lab.app.call('agreement.compute', { coderA: lab.ben, coderB: lab.ada });
    expect(ba.codes.map((c) => [c.aOnlyChars, c.bOnlyChars])).toEqual(ab.codes.map((c) => [c.bOnlyChars, c.aOnlyChars]));
    expect(ba.overall.kappa).toBeCloseTo(ab.overall.kappa!, 12);
    expect(ba.overall.alpha).toBeCloseTo(ab.overall.alpha!, 12);
  });

  it('reports a chosen code nobody used as 100% with kappa and alpha undefined', async () => {
    const lab = await twoCoderLab();
    const codes = await lab.app.call('codes.list', {});
    const unused = codes.find((c) => c.name === 'Unused')!;
    const r = await lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.ben, codeIds: [unused.id, lab.fidelity.id] });
    expect(r.codes.map((c) => c.name)).toEqual(['Fidelity', 'Unused']);
    expect(r.codes[1]).toMatchObject({ percent: 1, kappa: null, alpha: null, neitherChars: 100 });
    // Overall pools Fidelity with 100 "neither" characters: both 20, A 20, B 10, neither 150 of 200.
    // p_o = 0.85, p_A(1) = 0.2, p_B(1) = 0.15, p_e = 0.03 + 0.68 = 0.71, κ = 0.14/0.29.
    expect(r.overall.kappa).toBeCloseTo(0.14 / 0.29, 12);
  });

  it('compares only the sources asked for, and none when the coders share no source', async () => {
    const lab = await twoCoderLab();
    const r = await lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.ben, sourceIds: [lab.s2] });
    expect(r).toMatchObject({ sourceCount: 0, charCount: 0, codes: [] });
    expect(r.overall).toMatchObject({ percent: null, kappa: null, alpha: null });
  });

  it('counts a source’s length in UTF-16 units, as excerpt offsets are, when it holds emoji', async () => {
    const app = await appWithLab();
    // 10 emoji (2 units each) and 80 letters: 100 units, 90 code points.
    const src = addSource(app, 'emoji.txt', docFrom(['😀'.repeat(10) + 'x'.repeat(80)]));
    const code = await app.call('codes.create', { code: { name: 'Joy', parentId: null } });
    app.ws.store.useCoder('Ada');
    codeRange(app.ws.store, src, 0, 20, [code.id]);
    app.ws.store.useCoder('Ben');
    codeRange(app.ws.store, src, 0, 30, [code.id]);
    const coders = await app.call('coders.list', {});
    const id = (name: string) => coders.find((c) => c.name === name)!.id;
    const r = await app.call('agreement.compute', { coderA: id('Ada'), coderB: id('Ben') });
    expect(r.charCount).toBe(100);
    expect(r.codes[0]).toMatchObject({ bothChars: 20, aOnlyChars: 0, bOnlyChars: 10, neitherChars: 70 });
  });

  it('refuses the same coder twice and a coder not in the lab, naming the field', async () => {
    const lab = await twoCoderLab();
    await expect(lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.ada })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/coderB/) });
    await expect(lab.app.call('agreement.compute', { coderA: lab.ada, coderB: lab.fidelity.id })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/coderB/) });
  });
});

describe('agreement.disagreements', () => {
  it('lists the runs where one coder applied the code, with both coders’ codings there', async () => {
    const lab = await twoCoderLab();
    const r = await lab.app.call('agreement.disagreements', { coderA: lab.ada, coderB: lab.ben, codeId: lab.fidelity.id, limit: 10 });
    expect(r.total).toBe(2);
    expect(r.spans.map((s) => [s.sourceTitle, s.start, s.end, s.text])).toEqual([
      ['s1', 0, 20, 'x'.repeat(20)],
      ['s1', 40, 50, 'x'.repeat(10)],
    ]);
    const [adaAlone, benAlone] = r.spans;
    // 0–20: Ada's Fidelity excerpt; Ben coded nothing there.
    expect(adaAlone!.a.codes.map((c) => c.name)).toEqual(['Fidelity']);
    expect(adaAlone!.a.excerptId).not.toBeNull();
    expect(adaAlone!.b).toEqual({ excerptId: null, codes: [] });
    // 40–50: Ben's Fidelity excerpt 20–50; Ada coded nothing there.
    expect(benAlone!.b.codes.map((c) => c.name)).toEqual(['Fidelity']);
    expect(benAlone!.a).toEqual({ excerptId: null, codes: [] });

    const scale = await lab.app.call('agreement.disagreements', { coderA: lab.ada, coderB: lab.ben, codeId: lab.scale.id, limit: 10 });
    // Over 60–80 Ada applied Adaptation and Ben applied Adaptation and Scale; the excerpt to open on Ada's side
    // is her Adaptation excerpt, the one covering the run.
    expect(scale.spans).toHaveLength(1);
    expect(scale.spans[0]!.a.codes.map((c) => c.name)).toEqual(['Adaptation']);
    expect(scale.spans[0]!.b.codes.map((c) => c.name).sort()).toEqual(['Adaptation', 'Scale']);
    expect(scale.spans[0]!.a.excerptId).toBe(scale.spans[0]!.b.excerptId);
  });

  it('stops at the limit and says how many there are', async () => {
    const lab = await twoCoderLab();
    const r = await lab.app.call('agreement.disagreements', { coderA: lab.ada, coderB: lab.ben, codeId: lab.fidelity.id, limit: 1 });
    expect(r.total).toBe(2);
    expect(r.spans).toHaveLength(1);
  });
});
