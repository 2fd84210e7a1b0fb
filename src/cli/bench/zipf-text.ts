import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoot } from '../../core/app/app-root';
import { seededRandom } from '../../core/seeded-random';

export { seededRandom };

/** Where the bench's words come from: the demo lab's fictional interviews and notes (CC0, in resources/demo). */
export const BENCH_TEXT_DIR = join(appRoot(), 'resources', 'demo');

/** How many words the vocabulary holds: the search bench asks for rare words at ranks 3,000–6,000. */
const VOCABULARY_SIZE = 8000;

/** Words of the demo texts ranked by frequency (most frequent first, ties alphabetical). */
function rankedWords(textDir: string): string[] {
  const counts = new Map<string, number>();
  const readable = (n: string) => /\.(md|txt|vtt)$/.test(n);
  const files = [...readdirSync(textDir).filter(readable).map((n) => join(textDir, n))];
  const sources = join(textDir, 'src');
  if (existsSync(sources)) files.push(...readdirSync(sources).filter(readable).map((n) => join(sources, n)));
  for (const f of files.sort()) {
    for (const w of readFileSync(f, 'utf8').toLowerCase().match(/\p{L}[\p{L}'-]*\p{L}|\p{L}/gu) ?? []) {
      if (w.length > 1 || w === 'a' || w === 'i') counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/**
 * The long tail past the demo texts' thousand-odd words: made-up words of two to four syllables, the same on
 * every run, so rare-word searches meet words that occur in only a few transcripts, as names and jargon do.
 */
function tailWords(have: Set<string>, count: number): string[] {
  const onsets = ['b', 'ch', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'ny', 'p', 'r', 's', 'sh', 't', 'v', 'w', 'z'];
  const vowels = ['a', 'e', 'i', 'o', 'u'];
  const random = seededRandom(1234);
  const out: string[] = [];
  while (out.length < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let w = '';
    for (let i = 0; i < syllables; i++) w += onsets[Math.floor(random() * onsets.length)]! + vowels[Math.floor(random() * vowels.length)]!;
    if (!have.has(w)) {
      have.add(w);
      out.push(w);
    }
  }
  return out;
}

/**
 * A vocabulary ranked by frequency, sampled with a Zipf law (p ∝ 1/rank): the shape of real language, so
 * full-text search meets common, middling and rare words as it would in a lab. The head is real English
 * from the demo lab's texts; the tail is made up (see tailWords).
 */
export class ZipfWords {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(textDir: string, private readonly random: () => number) {
    const head = rankedWords(textDir);
    this.words = [...head, ...tailWords(new Set(head), Math.max(0, VOCABULARY_SIZE - head.length))];
    this.cumulative = new Float64Array(this.words.length);
    let sum = 0;
    this.words.forEach((_, i) => {
      sum += 1 / (i + 1);
      this.cumulative[i] = sum;
    });
  }

  word(): string {
    const target = this.random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.words[lo]!;
  }

  sentence(): string {
    const n = 8 + Math.floor(this.random() * 18);
    const words = Array.from({ length: n }, () => this.word());
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  }
}
