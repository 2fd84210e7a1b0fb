/**
 * REFI-QDA counts positions in Unicode code points from 0 in the plain text; the lab stores UTF-16 offsets (what
 * JavaScript strings index). A character outside the Basic Multilingual Plane (most emoji) is one code point but two
 * UTF-16 units, so the two counts part after the first one. Convert at the boundary, in both directions, with one
 * table per text so a source with thousands of codings is scanned once.
 */
export interface PositionTable {
  /** UTF-16 offset → code-point position. An offset inside a surrogate pair maps to the pair's start. */
  toCodePoint(utf16: number): number;
  /** Code-point position → UTF-16 offset; positions past the end clamp to the text's length. */
  toUtf16(codePoint: number): number;
  /** The text's length in code points. */
  readonly codePointLength: number;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function positionTable(text: string): PositionTable {
  // Offsets (UTF-16) where a surrogate pair starts; in a BMP-only text this stays empty and both maps are identity.
  const pairs: number[] = [];
  for (let i = 0; i < text.length - 1; i++) {
    if (isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1))) {
      pairs.push(i);
      i++;
    }
  }
  const codePointLength = text.length - pairs.length;

  /** How many pairs start strictly before UTF-16 offset `u`. */
  function pairsBefore(u: number): number {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairs[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    codePointLength,
    toCodePoint(utf16) {
      const u = Math.max(0, Math.min(utf16, text.length));
      // Between the halves of a pair, the pair counts as begun but its second unit is not added: u - before is
      // then the pair's own position, which is the "maps to the pair's start" rule.
      return u - pairsBefore(u);
    },
    toUtf16(codePoint) {
      const cp = Math.max(0, Math.min(codePoint, codePointLength));
      // The k-th pair (0-based) starts at code point pairs[k] - k; every pair starting before cp adds one unit.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (pairs[mid]! - mid < cp) lo = mid + 1;
        else hi = mid;
      }
      return cp + lo;
    },
  };
}
