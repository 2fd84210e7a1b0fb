import { describe, expect, it } from 'vitest';
import { codePaths } from '../../../src/renderer/codebook/code-tree';
import { rankCodes, visibleTreeRows } from '../../../src/renderer/coding/code-tree';
import { speakerNames, speakerSlots } from '../../../src/renderer/coding/speaker-names';
import { formatTimestamp } from '../../../src/renderer/coding/time-format';
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, trimRange } from '../../../src/renderer/coding/word-step';

describe('timestamps', () => {
  it('reads m:ss under an hour and h:mm:ss after', () => {
    expect(formatTimestamp(0)).toBe('0:00');
    expect(formatTimestamp(65_400)).toBe('1:05');
    expect(formatTimestamp(3_600_000 + 62_000)).toBe('1:01:02');
  });
});

describe('word steps', () => {
  const text = 'The cluster  meetings work.';
  it('moves a start or an end by one word', () => {
    expect(previousWordStart(text, 13)).toBe(4);
    expect(nextWordStart(text, 4)).toBe(13);
    expect(previousWordEnd(text, 21)).toBe(11);
    expect(nextWordEnd(text, 11)).toBe(21);
    expect(previousWordStart(text, 0)).toBe(0);
    expect(nextWordEnd(text, text.length)).toBe(text.length);
  });
  it('trims whitespace a selection picked up, and refuses a blank one', () => {
    expect(trimRange('  ab \n', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimRange('a  b', 3, 1)).toBeNull();
  });
});

describe('code tree', () => {
  const codes = [
    { id: 'd', name: 'Design', parentId: null, position: 0 },
    { id: 'n', name: 'Local education needs', parentId: 'd', position: 0 },
    { id: 'f', name: 'Finance', parentId: null, position: 1 },
    { id: 'e', name: 'Educación', parentId: 'f', position: 0 },
  ];
  it('lists rows depth first and hides the children of a collapsed code', () => {
    expect(visibleTreeRows(codes, new Set()).map((r) => `${r.depth}${r.code.id}`)).toEqual(['0d', '1n', '0f', '1e']);
    expect(visibleTreeRows(codes, new Set(['d'])).map((r) => r.code.id)).toEqual(['d', 'f', 'e']);
  });
  it('keeps the ancestors of matches when filtering, ignoring accents and case', () => {
    expect(visibleTreeRows(codes, new Set(['f']), 'EDUCACION').map((r) => r.code.id)).toEqual(['f', 'e']);
  });
  it('ranks quick-code matches: name start before a word start before elsewhere', () => {
    const paths = codePaths(codes);
    expect(paths.get('n')).toBe('Design › Local education needs');
    expect(rankCodes(codes, 'ed', paths).map((c) => c.id)).toEqual(['e', 'n']);
    expect(rankCodes(codes, 'design', paths).map((c) => c.id)).toEqual(['d', 'n']);
  });
});

describe('speakers', () => {
  it('shows the mapped participant with the pseudonym, else the label', () => {
    const names = speakerNames([
      { id: '1', label: 'Rose', participantId: 'p', participantName: 'Rose Nyambura', pseudonym: 'GOV-05', public: false },
      { id: '2', label: 'Interviewer', participantId: null, participantName: null, pseudonym: null, public: false },
    ]);
    expect(names.get('Rose')).toEqual({ name: 'Rose Nyambura', detail: 'GOV-05' });
    expect(names.get('Interviewer')).toEqual({ name: 'Interviewer', detail: null });
  });
  it('gives each voice its own colour in order of appearance', () => {
    expect([...speakerSlots(['B', undefined, 'A', 'B'])]).toEqual([['B', 0], ['A', 1]]);
  });
});
