import { describe, expect, it } from 'vitest';
import { choosePositionUnits } from '../../../src/core/interop/refi/position-units';

const TEXT = 'Hola 😀 amigo 😀 mundo 🎉 final de la frase';

/** Where `word` lies in TEXT, counted in code points and in UTF-16 units. */
function at(word: string) {
  const u = TEXT.indexOf(word);
  const cp = Array.from(TEXT.slice(0, u)).length;
  return { cp: { start: cp, end: cp + word.length }, u16: { start: u, end: u + word.length } };
}

const WORDS = ['amigo', 'mundo', 'final', 'frase'];

describe('choosePositionUnits', () => {
  it('keeps the standard code points when they put the selections on words, whatever the origin', () => {
    const sels = WORDS.map((w) => at(w).cp);
    for (const origin of ['Scaling Lab Workbench 1.0', 'NVivo for Windows 12.6']) {
      const c = choosePositionUnits(TEXT, sels, origin);
      expect(c.units).toBe('code-points');
      expect(WORDS.map((w, i) => TEXT.slice(c.toUtf16(sels[i]!.start), c.toUtf16(sels[i]!.end)))).toEqual(WORDS);
    }
  });

  it('reads UTF-16 units when they, not code points, put the selections on words, whatever the origin', () => {
    const sels = WORDS.map((w) => at(w).u16);
    for (const origin of ['', 'NVivo 14']) {
      const c = choosePositionUnits(TEXT, sels, origin);
      expect(c).toMatchObject({ units: 'utf-16', fitUtf16: 4, fitCodePoints: 0, length: TEXT.length });
      expect(WORDS.map((w, i) => TEXT.slice(c.toUtf16(sels[i]!.start), c.toUtf16(sels[i]!.end)))).toEqual(WORDS);
    }
  });

  it('breaks a tie by origin: NVivo means UTF-16 units, anything else the standard', () => {
    const tie = [{ start: 0, end: 4 }]; // before the first emoji both readings agree
    expect(choosePositionUnits(TEXT, tie, 'NVivo for Mac 20').units).toBe('utf-16');
    expect(choosePositionUnits(TEXT, tie, 'MAXQDA 2022').units).toBe('code-points');
  });

  it('has nothing to choose in a text without astral characters', () => {
    const c = choosePositionUnits('plain text only', [{ start: 6, end: 10 }], 'NVivo 12');
    expect(c).toMatchObject({ units: 'code-points', differs: false, fitCodePoints: 1, fitUtf16: 1 });
  });
});
