import { describe, expect, it } from 'vitest';
import { caretMoveOf, caretRange, moveCaret, startCaret, type Caret, type CaretMove } from '../../../src/renderer/coding/keyboard-caret';

// Two turns as the importer lays them out: text, then a blank line between blocks.
const text = 'I am struggling with the slides.\n\nNo. The slides are OK.';
const blocks = [
  { start: 0, end: 32 },
  { start: 34, end: text.length },
];
const run = (moves: CaretMove[], from: Caret = startCaret(blocks, 0)) => moves.reduce((c, m) => moveCaret(text, blocks, c, m), from);
const selected = (c: Caret) => {
  const r = caretRange(c);
  return r ? text.slice(r.start, r.end) : null;
};

describe('keyboard caret', () => {
  it('maps keys to moves, leaving modified keys to the page', () => {
    const key = (k: string, shiftKey = false, ctrlKey = false) => caretMoveOf({ key: k, shiftKey, ctrlKey, metaKey: false, altKey: false });
    expect([key('j'), key('ArrowDown'), key('k'), key('ArrowRight'), key('ArrowRight', true), key('ArrowDown', true)]).toEqual([
      'next-turn', 'next-turn', 'previous-turn', 'word-right', 'extend-word-right', 'extend-turn-down',
    ]);
    expect([key('z', false, true), key('1'), key('Tab')]).toEqual([null, null, null]);
  });

  it('moves by turn to the start of the turn and stops at either end', () => {
    expect(run(['next-turn'])).toEqual({ block: 1, pos: 34, anchor: null });
    expect(run(['next-turn', 'next-turn', 'next-turn'])).toEqual({ block: 1, pos: 34, anchor: null });
    expect(run(['previous-turn'])).toEqual({ block: 0, pos: 0, anchor: null });
  });

  it('extends by words and shrinks back, word-processor style', () => {
    const grown = run(['word-right', 'word-right', 'extend-word-right', 'extend-word-right', 'extend-word-right']);
    expect(selected(grown)).toBe('struggling with the');
    expect(selected(moveCaret(text, blocks, grown, 'extend-word-left'))).toBe('struggling with');
    expect(selected(run(['word-right', 'extend-word-left']))).toBe('I ');
  });

  it('extends by a turn to the end of this turn, then of the next, and crosses into it', () => {
    const one = run(['extend-turn-down']);
    expect(selected(one)).toBe('I am struggling with the slides.');
    const two = moveCaret(text, blocks, one, 'extend-turn-down');
    expect(two.block).toBe(1);
    expect(selected(two)).toBe(text);
    expect(selected(moveCaret(text, blocks, two, 'extend-turn-up'))).toBe('I am struggling with the slides.');
  });

  it('a plain move drops the selection', () => {
    expect(run(['extend-word-right', 'word-right']).anchor).toBeNull();
  });
});
