import type { NameFinder } from '../../reports/pseudonymise';

/** A source's text as it goes into the package, and where a stored range [start, end) of it lands there. */
export interface ExportedText {
  text: string;
  range(start: number, end: number): { start: number; end: number };
}

/**
 * The text with participants' names replaced by pseudonyms, the same replacements the Word and Excel exports make
 * in quoted text, and each excerpt's range moved with it: a name before a range shifts it by the difference in
 * length, and a range that begins or ends inside a name takes in the whole pseudonym. Without a finder (real
 * names), the stored text as it is.
 */
export function exportedText(text: string, find: NameFinder | null): ExportedText {
  const spans = find ? find(text) : [];
  if (spans.length === 0) return { text, range: (start, end) => ({ start, end }) };
  let out = '';
  let copied = 0;
  // For each span: where it starts and ends in the original and in the new text.
  const at: { start: number; end: number; newStart: number; newEnd: number }[] = [];
  for (const s of spans) {
    out += text.slice(copied, s.start);
    const newStart = out.length;
    out += s.pseudonym;
    at.push({ start: s.start, end: s.end, newStart, newEnd: out.length });
    copied = s.end;
  }
  out += text.slice(copied);

  /** The last span starting before `u` (binary search), or -1. */
  const spanBefore = (u: number): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at[mid]!.start < u) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const map = (u: number, side: 'start' | 'end'): number => {
    const i = spanBefore(side === 'start' ? u + 1 : u);
    if (i < 0) return u;
    const s = at[i]!;
    if (u >= s.end) return s.newEnd + (u - s.end);
    // Inside a name (or at its first character, for a start): the range takes the whole pseudonym.
    return side === 'start' ? s.newStart : s.newEnd;
  };
  return { text: out, range: (start, end) => ({ start: map(start, 'start'), end: map(end, 'end') }) };
}
