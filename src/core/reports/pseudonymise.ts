/**
 * Replaces participants' names in free text with their pseudonyms: the full display name, every speaker label
 * mapped to the participant (“Dr. Achieng Otieno”, “AMINA”), and a first name or surname on its own when no
 * one else in the lab has it. Matching is by whole words and case-sensitive (a name that is also a word,
 * “Grace”, is replaced only when capitalised), ignores accents (“Jose” finds “José”), keeps possessives
 * (“Amina’s” → “GOV-01’s”), and prefers the longest name at each place.
 *
 * It is a scan over word tokens with one map lookup per candidate, not a regular expression with one
 * alternative per name, so a workbook of 100,000 excerpts in a lab of hundreds of people stays fast.
 */

export interface NamedPerson {
  displayName: string;
  pseudonym: string;
  /** Speaker labels mapped to this person in any source. */
  labels: readonly string[];
}

export type Pseudonymiser = (text: string) => string;

/** A name found in a text: `text.slice(start, end)` is replaced by `pseudonym`. */
export interface NameSpan {
  start: number;
  end: number;
  pseudonym: string;
}

/** Where the names are, in order and never overlapping, for callers that must map offsets across the change. */
export type NameFinder = (text: string) => NameSpan[];

/** Titles and honorifics that are not part of who someone is. */
const HONORIFICS = new Set(['dr', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'hon', 'sir', 'dame', 'madam', 'rev', 'fr', 'sr', 'eng', 'mzee', 'mama', 'baba', 'mwalimu']);

const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’-][\p{L}\p{N}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s?$/u;
const ASCII = /^[\x20-\x7e]*$/;

/** Accents off, apostrophes straight, whitespace collapsed; case kept, because capitalisation tells a name from a word. */
function fold(s: string): string {
  const t = ASCII.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'");
  return t.replace(/\s+/g, ' ').trim();
}

function isInitialOrTitle(part: string): boolean {
  const bare = part.replace(/\.$/, '');
  return bare.length < 2 || HONORIFICS.has(bare.toLowerCase());
}

interface Entry {
  pseudonym: string;
  /** The variant ended in a full stop (“Wanjiru K.”): take the stop along when it follows the match. */
  stop: boolean;
}

export function pseudonymiser(people: readonly NamedPerson[]): Pseudonymiser {
  const find = nameFinder(people);
  return (text) => {
    const spans = find(text);
    if (spans.length === 0) return text;
    let out = '';
    let copied = 0;
    for (const s of spans) {
      out += text.slice(copied, s.start) + s.pseudonym;
      copied = s.end;
    }
    return out + text.slice(copied);
  };
}

export function nameFinder(people: readonly NamedPerson[]): NameFinder {
  const map = new Map<string, Entry>();
  const add = (variant: string, pseudonym: string) => {
    const stop = /\.\s*$/.test(variant);
    const key = fold(variant.replace(/\.\s*$/, ''));
    // Too short to be a name rather than a letter (“A:” and “Q:” labels), or nothing left at all.
    if ([...key].filter((c) => /\p{L}/u.test(c)).length < 2) return;
    if (!map.has(key)) map.set(key, { pseudonym, stop });
  };
  // Whole names and labels first, so a part that collides with them never takes their place.
  for (const p of people) {
    for (const v of [p.displayName, ...p.labels]) {
      if (fold(v) === fold(p.pseudonym)) continue;
      add(v, p.pseudonym);
      if (fold(v).includes(' ')) add(v.toUpperCase(), p.pseudonym);
    }
  }
  // A first name or surname alone stands for its person only when it is no one else's, as a part of a name or label.
  const owners = new Map<string, Set<number>>();
  people.forEach((p, i) => {
    for (const v of [p.displayName, ...p.labels]) {
      for (const part of v.split(/\s+/)) {
        if (!part) continue;
        const k = fold(part.replace(/[.,]$/, ''));
        owners.set(k, (owners.get(k) ?? new Set()).add(i));
      }
    }
  });
  const pseudonyms = new Set(people.map((p) => fold(p.pseudonym)));
  people.forEach((p, i) => {
    for (const part of p.displayName.split(/\s+/)) {
      const clean = part.replace(/[.,]$/, '');
      const k = fold(clean);
      if (!clean || isInitialOrTitle(clean) || !/^\p{Lu}/u.test(clean) || pseudonyms.has(k)) continue;
      if (owners.get(k)?.size === 1 && owners.get(k)!.has(i)) add(clean, p.pseudonym);
    }
  });
  if (map.size === 0) return () => [];

  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const key of map.keys()) {
    const words = key.split(/[ .]+/).filter(Boolean);
    firstWords.add(words[0]!);
    maxWords = Math.max(maxWords, words.length);
  }

  return (text) => {
    const tokens: { start: number; end: number }[] = [];
    for (const m of text.matchAll(TOKEN)) tokens.push({ start: m.index, end: m.index + m[0].length });
    const spans: NameSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const first = text.slice(tokens[i]!.start, tokens[i]!.end);
      const firstKey = fold(first);
      if (!firstWords.has(firstKey) && !firstWords.has(fold(first.replace(POSSESSIVE, '')))) continue;
      let hit: { entry: Entry; end: number; used: number } | null = null;
      for (let n = Math.min(maxWords, tokens.length - i); n >= 1 && !hit; n--) {
        const last = tokens[i + n - 1]!;
        // Words of one name are separated by spaces only (and the full stop of an abbreviation: “Dr. Achieng”).
        let joined = true;
        for (let k = i; k < i + n - 1; k++) if (!/^\.?\s+$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) joined = false;
        if (!joined) continue;
        const span = text.slice(tokens[i]!.start, last.end);
        const entry = map.get(fold(span));
        if (entry) hit = { entry, end: last.end, used: n };
        else {
          // “Amina’s”: the name without the possessive, which stays in the text.
          const bare = span.replace(POSSESSIVE, '');
          const e = bare !== span ? map.get(fold(bare)) : undefined;
          if (e) hit = { entry: e, end: tokens[i]!.start + bare.length, used: n };
        }
      }
      if (!hit) continue;
      let end = hit.end;
      if (hit.entry.stop && text[end] === '.') end++;
      spans.push({ start: tokens[i]!.start, end, pseudonym: hit.entry.pseudonym });
      i += hit.used - 1;
    }
    return spans;
  };
}
