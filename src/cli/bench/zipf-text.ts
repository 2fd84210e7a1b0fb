import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A deterministic PRNG (mulberry32), so every bench run generates the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The vocabulary of the domain documents ranked by frequency, sampled with a Zipf law (p ∝ 1/rank): the
 * shape of real language, so full-text search meets common, middling and rare words as it would in a lab.
 */
export class ZipfWords {
  readonly words: string[];
  private readonly cumulative: Float64Array;

  constructor(domainDir: string, private readonly random: () => number) {
    const counts = new Map<string, number>();
    for (const f of readdirSync(domainDir).filter((n) => n.endsWith('.txt'))) {
      for (const w of readFileSync(join(domainDir, f), 'utf8').toLowerCase().match(/\p{L}[\p{L}'-]*\p{L}|\p{L}/gu) ?? []) {
        if (w.length > 1 || w === 'a' || w === 'i') counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
    this.words = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
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
