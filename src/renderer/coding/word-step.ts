const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** The start of the word before `pos` (moving an excerpt's start one word earlier). */
export function previousWordStart(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1])) i--;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  return i;
}

/** The start of the word after the one at `pos` (moving an excerpt's start one word later). */
export function nextWordStart(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && !isSpace(text[i])) i++;
  while (i < text.length && isSpace(text[i])) i++;
  return i;
}

/** The end of the word before the one ending at `pos` (moving an excerpt's end one word earlier). */
export function previousWordEnd(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && !isSpace(text[i - 1])) i--;
  while (i > 0 && isSpace(text[i - 1])) i--;
  return i;
}

/** The end of the word after `pos` (moving an excerpt's end one word later). */
export function nextWordEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length && isSpace(text[i])) i++;
  while (i < text.length && !isSpace(text[i])) i++;
  return i;
}

/** [start, end) without the spaces and line breaks a mouse selection picks up at either end; null when blank. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } | null {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}
