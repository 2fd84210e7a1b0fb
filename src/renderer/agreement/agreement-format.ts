import type { CodeAgreement } from '../../shared/domain/agreement';

export type SortKey = 'name' | 'percent' | 'kappa' | 'alpha' | 'aOnlyChars' | 'bOnlyChars' | 'bothChars' | 'disagreements';
export interface Sort {
  key: SortKey;
  desc: boolean;
}

/** Sorted rows; an undefined statistic sorts after every number whichever the direction, as it is no value at all. */
export function sortCodes(rows: readonly CodeAgreement[], sort: Sort): CodeAgreement[] {
  const sign = sort.desc ? -1 : 1;
  return [...rows].sort((x, y) => {
    if (sort.key === 'name') return sign * x.name.localeCompare(y.name);
    const a = x[sort.key];
    const b = y[sort.key];
    if (a === null || b === null) return a === b ? x.name.localeCompare(y.name) : a === null ? 1 : -1;
    return sign * (a - b) || x.name.localeCompare(y.name);
  });
}

export function formatPercent(v: number | null): string {
  return v === null ? '—' : `${(v * 100).toFixed(1)}%`;
}

export function formatStatistic(v: number | null): string {
  return v === null ? '—' : v.toFixed(2);
}

/** Why a statistic shows "—": said on hover and to screen readers. */
export const UNDEFINED_REASON = 'Undefined: both coders put every character in the same category (for example, neither used the code).';

