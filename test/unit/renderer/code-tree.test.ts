import { describe, expect, it } from 'vitest';
import {
  childrenOf,
  codePaths,
  codesInTreeOrder,
  treeRows,
  visibleRows,
} from '../../../src/renderer/codebook/code-tree';
import type { CodeWithCounts } from '../../../src/shared/domain/coding';

// The codebook, the coding view and the excerpt filter all list codes through this one order.
const code = (id: string, parentId: string | null, position: number, name = id) =>
  ({ id, name, parentId, position }) as CodeWithCounts;

describe('code tree order', () => {
  // As `codes.list` gives them: by position, then name; “b” and “a2” tie on position.
  const codes = [code('c', null, 0), code('b', 'c', 0), code('a2', 'c', 0), code('a1', 'c', 1), code('x', null, 1)];

  it('walks depth first by position, and a tie keeps the order the list gave', () => {
    expect(codesInTreeOrder(codes).map((r) => `${r.depth}${r.code.id}`)).toEqual(['0c', '1b', '1a2', '1a1', '0x']);
    expect(childrenOf(codes, 'c').map((c) => c.id)).toEqual(['b', 'a2', 'a1']);
  });

  it('opens only the expanded codes, and filters without losing depth', () => {
    expect(visibleRows(codes, new Set()).map((r) => [r.code.id, r.hasChildren, r.expanded])).toEqual([
      ['c', true, false],
      ['x', false, false],
    ]);
    expect(treeRows(codes, () => true, (id) => id !== 'b').map((r) => r.code.id)).toEqual(['c', 'a2', 'a1', 'x']);
  });

  it('shows a code whose parent is missing at the top rather than losing it', () => {
    expect(codesInTreeOrder([code('o', 'gone', 5), code('t', null, 0)]).map((r) => r.code.id)).toEqual(['t', 'o']);
  });

  it('names each code with its ancestors', () => {
    const paths = codePaths([code('d', null, 0, 'Design'), code('n', 'd', 0, 'Needs')]);
    expect(paths.get('n')).toBe('Design › Needs');
  });
});
