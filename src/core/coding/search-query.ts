import { OpError } from '../errors';

/** One thing the documenter typed: a word, a word prefix (`teach*`) or a "quoted phrase". */
export interface SearchTerm {
  words: string[];
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

function foldChar(ch: string): string {
  const folded = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length === 1) return folded;
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/**
 * Lower case without accents, one output unit per input unit, so offsets in the folded text are offsets in
 * the source. Plain ASCII (most of a transcript) takes the fast path; only other characters are decomposed.
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  const base = lower.length === text.length ? lower : text;
  return base.replace(/[^\u0020-\u007e\n\r\t]/g, (ch, offset: number) => foldChar(text[offset]!));
}

/** Parses a query into terms; every term must match (AND), as in the app's search box. */
export function parseSearch(q: string): SearchTerm[] {
  const terms: SearchTerm[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(q); m; m = re.exec(q)) {
    const raw = m[1] ?? m[2]!;
    const prefix = m[1] === undefined && raw.endsWith('*');
    const words = foldForSearch(raw).match(WORD) ?? [];
    if (words.length > 0) terms.push({ words, prefix });
  }
  if (terms.length === 0) throw new OpError('INVALID_INPUT', 'q: type a word to search for');
  return terms;
}

/** The FTS5 expression for the terms: every token quoted, so nothing the user types is read as FTS syntax. */
export function toFtsMatch(terms: SearchTerm[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' AND ');
}

/** For each base letter, its accented forms (é, è, ê… for e), so a pattern matches the way the FTS index folds. */
const ACCENTED: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (let cp = 0xc0; cp <= 0x24f; cp++) {
    const ch = String.fromCharCode(cp).toLowerCase();
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base.length === 1 && base !== ch && /[a-z]/.test(base)) map.set(base, (map.get(base) ?? '') + ch);
  }
  return map;
})();

function letterPattern(c: string): string {
  const accented = ACCENTED.get(c);
  return accented ? `[${c}${accented}]` : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of any term in a source's text, in order, as [start, end) offsets. The pattern ignores
 * case and accents itself, so the text is scanned as stored, with no folded copy made.
 */
export function findHits(text: string, terms: SearchTerm[]): { start: number; end: number }[] {
  const alternatives = terms.map((t) => {
    const body = t.words.map((w) => [...w].map(letterPattern).join('')).join('[^\\p{L}\\p{N}]+');
    return t.prefix ? `${body}[\\p{L}\\p{N}]*` : `${body}(?![\\p{L}\\p{N}])`;
  });
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
  const hits: { start: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length });
  return hits;
}
