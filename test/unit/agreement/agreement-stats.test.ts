import { describe, expect, it } from 'vitest';
import { addTables, cohensKappa, krippendorffAlpha, percentAgreement, type AgreementTable } from '../../../src/core/agreement/agreement-stats';

describe('percent agreement, Cohen’s kappa and Krippendorff’s alpha of a 2×2 table', () => {
  it('give the textbook kappa of 0.4 for the standard worked example, with the chance term summed', () => {
    // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals, both Yes 20, A Yes/B No 5, A No/B Yes 10,
    // both No 15. p_o = 35/50 = 0.7. p_A(yes) = 25/50 = 0.5, p_B(yes) = 30/50 = 0.6.
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.3 + 0.2 = 0.5, κ = (0.7 − 0.5)/(1 − 0.5) = 0.4.
    const t: AgreementTable = { both: 20, aOnly: 5, bOnly: 10, neither: 15 };
    expect(percentAgreement(t)).toBeCloseTo(0.7, 12);
    expect(cohensKappa(t)).toBeCloseTo(0.4, 12);
    // QualCoder's product of the terms, p_e = 0.3·0.2 = 0.06, would give (0.7 − 0.06)/0.94 = 0.6809: not kappa.
    expect(cohensKappa(t)).not.toBeCloseTo(0.6809, 3);
    // Alpha of the same table: o₀₁ = 15, n₀ = 2·15 + 15 = 45, n₁ = 2·20 + 15 = 55, n = 100.
    // α = 1 − 99·15/(45·55) = 1 − 1485/2475 = 0.4.
    expect(krippendorffAlpha(t)).toBeCloseTo(0.4, 12);
  });

  it('give Krippendorff’s alpha of 0.095 for his own two-observer binary example', () => {
    // Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), A. binary data, two observers, no
    // missing data, ten units: A = 0 1 0 0 0 0 0 0 1 0, B = 1 1 1 0 0 1 0 0 0 0.
    // Pairs: (0,1)×3 (units 1, 3, 6), (1,0)×1 (unit 9), (1,1)×1 (unit 2), (0,0)×5.
    // Coincidences: o₀₀ = 10, o₀₁ = o₁₀ = 4, o₁₁ = 2; n₀ = 14, n₁ = 6, n = 20.
    // α = 1 − (n − 1)·o₀₁/(n₀·n₁) = 1 − 19·4/(14·6) = 1 − 76/84 = 0.0952.
    const t: AgreementTable = { both: 1, aOnly: 1, bOnly: 3, neither: 5 };
    expect(krippendorffAlpha(t)).toBeCloseTo(8 / 84, 12);
    expect(krippendorffAlpha(t)!.toFixed(3)).toBe('0.095');
    // Kappa of the same data: p_o = 0.6, p_A(1) = 0.2, p_B(1) = 0.4, p_e = 0.08 + 0.48 = 0.56,
    // κ = 0.04/0.44 = 0.0909.
    expect(cohensKappa(t)).toBeCloseTo(0.04 / 0.44, 12);
    expect(percentAgreement(t)).toBeCloseTo(0.6, 12);
  });

  it('are 1 for perfect agreement on a code both used', () => {
    // 30 characters coded by both, 70 by neither: p_o = 1, p_e = 0.3² + 0.7² = 0.58, κ = 0.42/0.42 = 1.
    const t: AgreementTable = { both: 30, aOnly: 0, bOnly: 0, neither: 70 };
    expect(percentAgreement(t)).toBe(1);
    expect(cohensKappa(t)).toBeCloseTo(1, 12);
    expect(krippendorffAlpha(t)).toBeCloseTo(1, 12);
  });

  it('fall below zero when the coders coded different text', () => {
    // A coded 20 characters, B another 20, of 100: p_o = 60/100 = 0.6, p_e = 0.2·0.2 + 0.8·0.8 = 0.68,
    // κ = (0.6 − 0.68)/0.32 = −0.25. Alpha: o₀₁ = 40, n₀ = 2·60 + 40 = 160, n₁ = 40, n = 200,
    // α = 1 − 199·40/(160·40) = 1 − 199/160 = −0.24375.
    const t: AgreementTable = { both: 0, aOnly: 20, bOnly: 20, neither: 60 };
    expect(percentAgreement(t)).toBeCloseTo(0.6, 12);
    expect(cohensKappa(t)).toBeCloseTo(-0.25, 12);
    expect(krippendorffAlpha(t)).toBeCloseTo(-0.24375, 12);
  });

  it('report kappa and alpha as undefined (null) when p_e = 1, and everything as null on no characters', () => {
    // Neither coder used the code: every character is "not coded" by both, p_o = p_e = 1, κ = 0/0.
    const unused: AgreementTable = { both: 0, aOnly: 0, bOnly: 0, neither: 500 };
    expect(percentAgreement(unused)).toBe(1);
    expect(cohensKappa(unused)).toBeNull();
    expect(krippendorffAlpha(unused)).toBeNull();
    // Both coded every character: the same, from the other side.
    const all: AgreementTable = { both: 500, aOnly: 0, bOnly: 0, neither: 0 };
    expect(cohensKappa(all)).toBeNull();
    expect(krippendorffAlpha(all)).toBeNull();
    const none: AgreementTable = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };
    expect([percentAgreement(none), cohensKappa(none), krippendorffAlpha(none)]).toEqual([null, null, null]);
  });

  it('give kappa 0, not null, when one coder coded everything and the other nothing', () => {
    // p_A(1) = 1, p_B(1) = 0: p_e = 1·0 + 0·1 = 0, p_o = 0, κ = 0. Alpha: o₀₁ = 10, n₀ = n₁ = 10, n = 20,
    // α = 1 − 19·10/100 = −0.9.
    const t: AgreementTable = { both: 0, aOnly: 10, bOnly: 0, neither: 0 };
    expect(cohensKappa(t)).toBe(0);
    expect(krippendorffAlpha(t)).toBeCloseTo(-0.9, 12);
  });

  it('pool by adding the tables cell by cell', () => {
    expect(addTables({ both: 1, aOnly: 2, bOnly: 3, neither: 4 }, { both: 10, aOnly: 20, bOnly: 30, neither: 40 })).toEqual({
      both: 11,
      aOnly: 22,
      bOnly: 33,
      neither: 44,
    });
  });
});
