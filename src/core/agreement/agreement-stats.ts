/**
 * The 2×2 table of two coders over a set of characters: each character is coded with a code by A or not, and by
 * B or not. Every figure below is a function of this table alone.
 */
export interface AgreementTable {
  readonly both: number;
  readonly aOnly: number;
  readonly bOnly: number;
  readonly neither: number;
}

export const EMPTY_TABLE: AgreementTable = { both: 0, aOnly: 0, bOnly: 0, neither: 0 };

export function addTables(x: AgreementTable, y: AgreementTable): AgreementTable {
  return { both: x.both + y.both, aOnly: x.aOnly + y.aOnly, bOnly: x.bOnly + y.bOnly, neither: x.neither + y.neither };
}

function units(t: AgreementTable): number {
  return t.both + t.aOnly + t.bOnly + t.neither;
}

/** Share of characters both coders put in the same category (coded or not), 0–1; null when there are none. */
export function percentAgreement(t: AgreementTable): number | null {
  const n = units(t);
  return n === 0 ? null : (t.both + t.neither) / n;
}

/**
 * Cohen's kappa, κ = (p_o − p_e) / (1 − p_e), with the chance agreement of the textbook (Cohen 1960) and of NVivo's
 * coding comparison: p_e = p_A(1)·p_B(1) + p_A(0)·p_B(0), the chance that both say "coded" plus the chance that
 * both say "not coded". (Multiplying the two terms instead, as QualCoder does, is not kappa: it makes p_e tiny
 * and κ close to p_o.)
 *
 * Null when p_e = 1, i.e. both coders put every character in the same one category (neither used the code, or
 * both coded all of it): κ is 0/0 there, and reporting 1 or 0 would claim something the data cannot say.
 */
export function cohensKappa(t: AgreementTable): number | null {
  const n = units(t);
  const a1 = t.both + t.aOnly;
  const b1 = t.both + t.bOnly;
  // Decided on the integer counts, so rounding can never turn an undefined kappa into a huge number.
  if (n === 0 || (a1 === b1 && (a1 === 0 || a1 === n))) return null;
  const po = (t.both + t.neither) / n;
  const pe = (a1 / n) * (b1 / n) + ((n - a1) / n) * ((n - b1) / n);
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data, two coders, every character coded by both (no missing values), from
 * the coincidence matrix. Each character is a unit with two values, so it adds two pairable values: o₀₀ = 2·neither,
 * o₁₁ = 2·both, o₀₁ = o₁₀ = aOnly + bOnly; n₀ = o₀₀ + o₀₁, n₁ = o₁₁ + o₁₀, n = n₀ + n₁ = 2·characters.
 * α = 1 − D_o/D_e = 1 − (n − 1)·o₀₁ / (n₀·n₁).
 *
 * Null when n₀·n₁ = 0: only one value occurs at all, so there is no expected disagreement to compare with.
 */
export function krippendorffAlpha(t: AgreementTable): number | null {
  const o01 = t.aOnly + t.bOnly;
  const n0 = 2 * t.neither + o01;
  const n1 = 2 * t.both + o01;
  const n = n0 + n1;
  if (n0 === 0 || n1 === 0) return null;
  return 1 - ((n - 1) * o01) / (n0 * n1);
}
