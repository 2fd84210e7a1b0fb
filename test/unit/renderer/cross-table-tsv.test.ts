import { describe, expect, it } from 'vitest';
import type { CrossTable } from '../../../src/shared/domain/evidence';
import { crossGrid, heat } from '../../../src/renderer/evidence/cross-grid';
import { crossGridTsv } from '../../../src/renderer/evidence/cross-table-tsv';

// Evidence type × phase, as the overview shows it: one excerpt carries two types, so the total (5) is less
// than the sum of the row totals (6); "Final" has no excerpts and "Pedagogical" none either.
const table: CrossTable = {
  rows: [
    { key: 'r', label: 'Research evidence' },
    { key: 'p', label: 'Practice-informed advice' },
    { key: 'g', label: 'Pedagogical\tevidence' },
  ],
  cols: [
    { key: 'i1', label: 'Iteration 1' },
    { key: 'i2', label: 'Iteration 2' },
    { key: 'f', label: 'Final' },
  ],
  cells: [
    { row: 'r', col: 'i1', count: 3 },
    { row: 'p', col: 'i1', count: 1 },
    { row: 'p', col: 'i2', count: 2 },
  ],
  rowTotals: { r: 3, p: 3 },
  colTotals: { i1: 3, i2: 2 },
  total: 5,
};

describe('cross-table grid and its tab-separated copy', () => {
  it('keeps empty rows and columns of a fixed vocabulary, and drops them for an open one', () => {
    const kept = crossGrid(table, { rows: true, cols: true });
    expect(kept.rows.map((r) => r.key)).toEqual(['r', 'p', 'g']);
    expect(kept.cols.map((c) => c.key)).toEqual(['i1', 'i2', 'f']);
    const dropped = crossGrid(table, { rows: false, cols: false });
    expect(dropped.rows.map((r) => r.key)).toEqual(['r', 'p']);
    expect(dropped.cols.map((c) => c.key)).toEqual(['i1', 'i2']);
    expect(dropped.count('p', 'i2')).toBe(2);
    expect(dropped.count('r', 'i2')).toBe(0);
    expect(dropped.max).toBe(3);
  });

  it('writes headers, counts (0 for empty cells), row totals and the column totals', () => {
    const tsv = crossGridTsv(crossGrid(table, { rows: true, cols: true }), 'Evidence type × Phase');
    expect(tsv.split('\n')).toEqual([
      'Evidence type × Phase\tIteration 1\tIteration 2\tFinal\tTotal',
      'Research evidence\t3\t0\t0\t3',
      'Practice-informed advice\t1\t2\t0\t3',
      // A tab inside a label would shift every cell after it; it becomes a space.
      'Pedagogical evidence\t0\t0\t0\t0',
      'Total\t3\t2\t0\t5',
      '',
    ]);
  });

  it('leaves the column totals blank for a co-occurrence table, which has none, and keeps only codes that co-occur', () => {
    const cooc: CrossTable = {
      rows: [{ key: 'a', label: 'Delivery' }, { key: 'b', label: '  Coaching' }, { key: 'c', label: 'Finance' }],
      cols: [{ key: 'a', label: 'Delivery' }, { key: 'b', label: '  Coaching' }, { key: 'c', label: 'Finance' }],
      cells: [
        { row: 'a', col: 'b', count: 2 },
        { row: 'b', col: 'a', count: 3 },
      ],
      rowTotals: { a: 2, b: 3 },
      colTotals: {},
      total: 5,
    };
    const g = crossGrid(cooc, { rows: false, cols: false });
    expect(g.colTotal('a')).toBeNull();
    expect(crossGridTsv(g, 'Code × Code').split('\n')).toEqual([
      'Code × Code\tDelivery\t  Coaching\tTotal',
      'Delivery\t0\t2\t2',
      '  Coaching\t3\t0\t3',
      'Total\t\t\t5',
      '',
    ]);
  });

  it('shades nothing for an empty cell and the most for the largest', () => {
    expect(heat(0, 3)).toBe(0);
    expect(heat(3, 3)).toBeCloseTo(0.6);
    expect(heat(1, 3)).toBeGreaterThan(0);
    expect(heat(1, 3)).toBeLessThan(heat(2, 3));
  });
});
