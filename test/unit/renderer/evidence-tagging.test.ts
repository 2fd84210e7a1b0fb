import { describe, expect, it } from 'vitest';
import type { ExcerptTag } from '../../../src/shared/domain/evidence';
import { clickRow, NO_SELECTION, selectedInOrder, toggleAll } from '../../../src/renderer/excerpts/excerpt-selection';
import { tagState, toggleTag } from '../../../src/renderer/excerpts/tag-toggle';

const TYPE = 'dim-type';
const inherited = (valueId: string): ExcerptTag => ({ valueId, dimensionId: TYPE, inherited: true });
const own = (valueId: string): ExcerptTag => ({ valueId, dimensionId: TYPE, inherited: false });

describe('a click on an excerpt tag bar', () => {
  it('makes a value the excerpt’s own, replacing what it inherited', () => {
    expect(toggleTag([inherited('research')], TYPE, 'practice')).toEqual({ add: ['practice'], remove: [] });
    // Clicking the inherited value itself also makes it the excerpt's own.
    expect(toggleTag([inherited('research')], TYPE, 'research')).toEqual({ add: ['research'], remove: [] });
  });

  it('drops an own value, and hands the dimension back to the source when it was the last', () => {
    expect(toggleTag([own('practice'), own('research')], TYPE, 'practice')).toEqual({ add: [], remove: ['practice'] });
    expect(toggleTag([own('practice')], TYPE, 'practice')).toEqual({ add: [], remove: [], clearDimension: TYPE });
  });

  it('tells own, inherited and absent values apart', () => {
    const tags = [own('practice'), inherited('system')];
    expect(tagState(tags, 'practice')).toBe('own');
    expect(tagState(tags, 'system')).toBe('inherited');
    expect(tagState(tags, 'research')).toBe('off');
  });
});

describe('selecting excerpts in a list', () => {
  const order = ['a', 'b', 'c', 'd', 'e'];

  it('toggles one row, and a shift-click extends from the last row clicked', () => {
    let s = clickRow(NO_SELECTION, order, 1, false);
    s = clickRow(s, order, 3, true);
    expect(selectedInOrder(s, order)).toEqual(['b', 'c', 'd']);
    // Shift-clicking a selected row clears the range back to the anchor.
    s = clickRow(s, order, 2, true);
    expect(selectedInOrder(s, order)).toEqual(['b']);
  });

  it('selects all, then none; and forgets rows no longer listed', () => {
    const all = toggleAll(NO_SELECTION, order);
    expect(selectedInOrder(all, order)).toEqual(order);
    expect(selectedInOrder(toggleAll(all, order), order)).toEqual([]);
    expect(selectedInOrder(all, ['b', 'z'])).toEqual(['b']);
  });
});
