import { describe, expect, it } from 'vitest';
import { formatPercent, formatStatistic, sortCodes } from '../../../src/renderer/agreement/agreement-format';
import type { CodeAgreement } from '../../../src/shared/domain/agreement';

const row = (name: string, kappa: number | null): CodeAgreement => ({
  codeId: crypto.randomUUID(),
  name,
  percent: 1,
  kappa,
  alpha: kappa,
  aOnlyChars: 0,
  bOnlyChars: 0,
  bothChars: 0,
  neitherChars: 0,
  disagreements: 0,
});

describe('the agreement table’s order', () => {
  const rows = [row('Beta', 0.2), row('Alpha', null), row('Gamma', 0.9), row('Delta', 0.2)];

  it('puts an undefined kappa last in either direction, and ties by name', () => {
    expect(sortCodes(rows, { key: 'kappa', desc: true }).map((r) => r.name)).toEqual(['Gamma', 'Beta', 'Delta', 'Alpha']);
    expect(sortCodes(rows, { key: 'kappa', desc: false }).map((r) => r.name)).toEqual(['Beta', 'Delta', 'Gamma', 'Alpha']);
    expect(sortCodes(rows, { key: 'name', desc: false }).map((r) => r.name)).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
  });

  it('shows an undefined statistic as a dash, not as 0', () => {
    expect([formatPercent(null), formatStatistic(null), formatPercent(0.8534), formatStatistic(-0.05)]).toEqual(['—', '—', '85.3%', '-0.05']);
  });
});
