import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/core/sources/save-source';

/** The definition the loop must keep: runs of Unicode letters and digits. */
const byRegex = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts runs of letters and digits in any script, as the regular expression does', () => {
    const samples = [
      '',
      'one',
      '  Hello, world! 42 times — done.',
      'Wanjiru’s co-teacher said: “ndiyo”. Ça va? Ελληνικά 中文字 𝐀𝐁 x😀y',
      'tabs\tand\r\nnewlines\n\n1.5 2,000',
    ];
    for (const s of samples) expect(countWords(s), s).toBe(byRegex(s));
  });

  it('agrees on random text mixing planes and punctuation', () => {
    const pool = ['a', 'Z', '9', ' ', '.', 'é', 'ß', '中', '😀', '𝐀', '’', '-', '\n', 'ع'];
    let seed = 11;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 200; k++) {
      const s = Array.from({ length: 80 }, () => pool[rand(pool.length)]).join('');
      expect(countWords(s)).toBe(byRegex(s));
    }
  });
});
