/**
 * The features a passage is described by: its words, its word pairs, and the four-letter pieces of its words.
 * Words are found by Unicode letter and number classes, not an English tokenizer, so Hungarian, Swahili or French
 * transcripts are split as well as English ones; the letter pieces let "oltás", "oltást" and "oltással" share
 * evidence where a stemmer for that language would be needed otherwise (measured on the Hungarian NVivo project:
 * top-1 precision 0.39 with words and pairs only, 0.44 with the pieces).
 */

/** Hashed feature space: big enough that collisions are rare for one lab, small enough to clone to a worker. */
export const FEATURE_BITS = 20;
const MASK = (1 << FEATURE_BITS) - 1;
const PIECE = 4;
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;
// The ends of a word, so a piece at its start or end differs from the same letters inside it.
const WORD_START = 0x2039;
const WORD_END = 0x203a;

// FNV-1a over UTF-16 code units, with a seed per kind of feature (word, pair, piece). Written out rather than over
// built strings: training hashes some thirty million pieces on a large lab, and the strings were most of its time.
function step(h: number, code: number): number {
  return Math.imul(h ^ code, PRIME);
}

function wordHash(seed: number, w: string, h = OFFSET ^ seed): number {
  for (let i = 0; i < w.length; i++) h = step(h, w.charCodeAt(i));
  return h;
}

const wordId = (w: string) => (wordHash(1, w) >>> 0) & MASK;
const pairId = (a: string, b: string) => (wordHash(2, b, step(wordHash(2, a), 32)) >>> 0) & MASK;

/** The piece of `‹w›` starting at `j`. */
function pieceId(w: string, j: number): number {
  let h = OFFSET ^ 3;
  for (let k = j; k < j + PIECE; k++) h = step(h, k === 0 ? WORD_START : k === w.length + 1 ? WORD_END : w.charCodeAt(k - 1));
  return (h >>> 0) & MASK;
}

/** Words shorter than this have no pieces: the word itself says it all. */
const piecesOf = (w: string) => (w.length + 2 > PIECE + 1 ? w.length + 3 - PIECE : 0);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const LETTER = /\p{L}/u;

const NON_ASCII = /[^\p{ASCII}]/u;
// Accents on Latin, Greek and Cyrillic letters only: in Devanagari or Thai the combining marks are the vowels.
const ACCENT = /(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]\p{M}*)\p{M}/gu;

/**
 * A word as the model sees it: lower case, and without accents, because informal writing drops them (a comment's
 * "kotelezo oltas" is the interview's "kötelező oltás", a text message's "cancion" is "canción"). Measured over ten
 * fold splits: top-1 precision 0.442 → 0.452 on the Hungarian NVivo project, unchanged on the English TalkMoves.
 */
function foldWord(raw: string): string {
  if (!NON_ASCII.test(raw)) return raw.toLowerCase();
  return raw.normalize('NFKD').replace(ACCENT, '').normalize('NFC').toLowerCase();
}

export interface WordSpan {
  word: string;
  start: number;
  end: number;
}

/** Lower-cased words of a text with their UTF-16 offsets; numbers-only tokens are dropped (ids, likes, dates). */
export function wordsOf(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/['’-]+$/, '');
    if (!LETTER.test(raw)) continue;
    out.push({ word: foldWord(raw), start: m.index, end: m.index + raw.length });
  }
  return out;
}

/** One feature with the word index (in wordsOf order) it came from, so explanations can name words. */
export interface Feature {
  id: number;
  word: number;
  /** A word pair also credits the next word. */
  pair: boolean;
}

/** The features of a text, each occurrence once (term frequency is the number of repeats). */
export function featuresOf(words: readonly WordSpan[]): Feature[] {
  const out: Feature[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.word;
    out.push({ id: wordId(w), word: i, pair: false });
    if (i + 1 < words.length) out.push({ id: pairId(w, words[i + 1]!.word), word: i, pair: true });
    for (let j = 0, n = piecesOf(w); j < n; j++) out.push({ id: pieceId(w, j), word: i, pair: false });
  }
  return out;
}

/** Term frequencies of a text's features, as parallel arrays sorted by feature id. */
export interface SparseCounts {
  ids: Int32Array;
  counts: Float32Array;
}

function runLengths(sorted: Int32Array): SparseCounts {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const ids = new Int32Array(distinct);
  const counts = new Float32Array(distinct);
  let at = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) ids[++at] = sorted[i]!;
    counts[at]!++;
  }
  return { ids, counts };
}

export function countFeatures(features: readonly Feature[]): SparseCounts {
  return runLengths(Int32Array.from(features, (f) => f.id).sort());
}

let scratch = new Int32Array(4096);

/** The same counts as countFeatures(featuresOf(wordsOf(text))), without the objects: the path training takes. */
export function countTextFeatures(text: string): SparseCounts {
  const words = wordsOf(text).map((w) => w.word);
  let total = 0;
  for (let i = 0; i < words.length; i++) total += 2 + piecesOf(words[i]!);
  if (scratch.length < total) scratch = new Int32Array(Math.max(total, 2 * scratch.length));
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    scratch[n++] = wordId(w);
    if (i + 1 < words.length) scratch[n++] = pairId(w, words[i + 1]!);
    for (let j = 0, k = piecesOf(w); j < k; j++) scratch[n++] = pieceId(w, j);
  }
  return runLengths(scratch.slice(0, n).sort());
}
