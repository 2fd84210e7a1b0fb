import { describe, expect, it } from 'vitest';
import { positionTable } from '../../../src/core/interop/refi/code-points';

/** Reference: count code points the slow, obvious way. */
function codePointsBefore(text: string, utf16: number): number {
  return Array.from(text.slice(0, utf16)).length;
}

describe('REFI-QDA positions (code points) ↔ stored offsets (UTF-16)', () => {
  it('is the identity on text inside the Basic Multilingual Plane, CRLF included', () => {
    const text = 'Héllo,\r\nwörld — ok';
    const t = positionTable(text);
    expect(t.codePointLength).toBe(text.length);
    for (let i = 0; i <= text.length; i++) {
      expect(t.toCodePoint(i)).toBe(i);
      expect(t.toUtf16(i)).toBe(i);
    }
  });

  it('counts an emoji as one position and round-trips every boundary', () => {
    const text = 'a😀b𝄞c\r\n👩🏽‍🏫 teacher 🎓';
    const t = positionTable(text);
    expect(t.codePointLength).toBe(Array.from(text).length);
    const cps = Array.from(text);
    let u = 0;
    for (let cp = 0; cp <= cps.length; cp++) {
      expect(t.toUtf16(cp)).toBe(u);
      expect(t.toCodePoint(u)).toBe(cp);
      expect(t.toCodePoint(u)).toBe(codePointsBefore(text, u));
      u += cps[cp]?.length ?? 0;
    }
    // The word after the emoji: same words, different numbers.
    const start = text.indexOf('b');
    expect(Array.from(text).slice(t.toCodePoint(start), t.toCodePoint(start + 1)).join('')).toBe('b');
  });

  it('maps an offset inside a surrogate pair to the pair’s start and clamps out-of-range positions', () => {
    const text = 'x😀y';
    const t = positionTable(text);
    expect(t.toCodePoint(2)).toBe(1);
    expect(t.toUtf16(99)).toBe(text.length);
    expect(t.toCodePoint(-3)).toBe(0);
  });

  it('agrees with Array.from on random text mixing planes', () => {
    const pool = ['a', 'é', '\r\n', '😀', '中', '𝄞', ' ', '\u{1F3FD}'];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 50; round++) {
      const text = Array.from({ length: 200 }, () => pool[rand(pool.length)]).join('');
      const t = positionTable(text);
      const cps = Array.from(text);
      let u = 0;
      for (let cp = 0; cp <= cps.length; cp++) {
        expect(t.toUtf16(cp)).toBe(u);
        expect(t.toCodePoint(u)).toBe(cp);
        u += cps[cp]?.length ?? 0;
      }
    }
  });
});
