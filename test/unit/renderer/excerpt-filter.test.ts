import { describe, expect, it } from 'vitest';
import { cleanFilter, countChosen, isEmptyFilter, setAttribute, toggleValue } from '../../../src/renderer/excerpts/excerpt-filter';
import { filterChips, type FilterVocabulary } from '../../../src/renderer/excerpts/filter-chips';

const vocab: FilterVocabulary = {
  codes: new Map([['c1', { name: 'Delivery', colour: '#ff0000' }]]),
  values: new Map([['v1', { label: 'Research evidence', dimensionLabel: 'Evidence type' }]]),
  phases: new Map([['p1', 'Iteration 1']]),
  convenings: new Map(),
  coders: new Map([['k1', 'Amina']]),
  participants: new Map(),
  sources: new Map(),
  surveyItems: new Map(),
};

describe('excerpt filter editing', () => {
  it('drops empty lists, and keeps "no children" only when codes are chosen', () => {
    expect(cleanFilter({ codeIds: [], evidence: ['v1'], includeChildren: false })).toEqual({ evidence: ['v1'] });
    expect(cleanFilter({ codeIds: ['c1'], includeChildren: false })).toEqual({ codeIds: ['c1'], includeChildren: false });
    expect(cleanFilter({ codeIds: ['c1'], includeChildren: true })).toEqual({ codeIds: ['c1'] });
    expect(isEmptyFilter({ sectors: [], attributes: [{ name: 'district', values: [] }] })).toBe(true);
  });

  it('toggles values and attribute values, counting every chosen value', () => {
    let f = toggleValue({}, 'sectors', 'government');
    f = toggleValue(f, 'sectors', 'research');
    f = toggleValue(f, 'sectors', 'government');
    f = setAttribute(f, 'district', ['North', 'South']);
    expect(f).toEqual({ sectors: ['research'], attributes: [{ name: 'district', values: ['North', 'South'] }] });
    expect(countChosen(f)).toBe(3);
    expect(setAttribute(f, 'district', [])).toEqual({ sectors: ['research'] });
  });

  it('shows each condition as a chip in words, and a chip removes just its value', () => {
    const f = { codeIds: ['c1', 'gone'], evidence: ['v1'], phaseIds: ['p1'], sectors: ['government' as const], coderIds: ['k1'], excerptIds: ['e1', 'e2'] };
    const chips = filterChips(f, vocab);
    expect(chips.map((c) => c.label)).toEqual([
      'Code: Delivery (and children)',
      'Code: deleted code (and children)',
      'Evidence type: Research evidence',
      'Phase: Iteration 1',
      'Sector: Government',
      'Coder: Amina',
      '2 chosen excerpts',
    ]);
    expect(chips[0]!.colour).toBe('#ff0000');
    expect(chips[0]!.remove(f)).toEqual({ ...f, codeIds: ['gone'] });
    expect(chips.at(-1)!.remove(f).excerptIds).toBeUndefined();
  });
});
