import type { SourceBlock } from '../../shared/domain/source';
import { OpError } from '../errors';

const CONTEXT_CHARS = 80;

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Makes a selection a sound excerpt range: within the text, not splitting an emoji's surrogate pair, and
 * without the stray spaces and line breaks a mouse selection picks up at either end.
 */
export function normaliseRange(text: string, start: number, end: number): { start: number; end: number } {
  if (start < 0 || end > text.length || end <= start) {
    throw new OpError('INVALID_INPUT', `end: the range ${start}–${end} is outside the source (length ${text.length})`);
  }
  let s = start;
  let e = end;
  if (s > 0 && isLow(text.charCodeAt(s)) && isHigh(text.charCodeAt(s - 1))) s--;
  if (e < text.length && isLow(text.charCodeAt(e)) && isHigh(text.charCodeAt(e - 1))) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) throw new OpError('INVALID_INPUT', 'end: the selection holds only spaces');
  return { start: s, end: e };
}

/** The index of the block a position falls in, or -1 (binary search: blocks are in order and do not overlap). */
export function blockIndexAt(blocks: SourceBlock[], pos: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (pos < b.start) hi = mid - 1;
    else if (pos >= b.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

export function blockAt(blocks: SourceBlock[], pos: number): SourceBlock | undefined {
  return blocks[blockIndexAt(blocks, pos)];
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** What an excerpt keeps of its source: its text, the speaker of the turn it starts in, a line of context. */
export function excerptFacts(text: string, blocks: SourceBlock[], start: number, end: number) {
  const index = blockIndexAt(blocks, start);
  const block = blocks[index];
  return {
    block: index >= 0 ? index : null,
    text: text.slice(start, end),
    speaker: block?.kind === 'turn' ? (block.speaker ?? null) : null,
    context_before: oneLine(text.slice(Math.max(0, start - CONTEXT_CHARS), start)).trimStart(),
    context_after: oneLine(text.slice(end, end + CONTEXT_CHARS)).trimEnd(),
  };
}

/** The sentence around [start, end), within its block: what "code all hits" codes by default. */
export function sentenceAround(text: string, blocks: SourceBlock[], start: number, end: number): { start: number; end: number } {
  const block = blockAt(blocks, start) ?? { start: 0, end: text.length };
  let s = start;
  while (s > block.start && !/[.!?]/.test(text[s - 1]!)) s--;
  let e = end;
  while (e < block.end && !/[.!?]/.test(text[e - 1] ?? '')) e++;
  return normaliseRange(text, s, e);
}

export function paragraphAround(blocks: SourceBlock[], start: number, end: number): { start: number; end: number } {
  const block = blockAt(blocks, start);
  return block ? { start: block.start, end: Math.max(block.end, end) } : { start, end };
}
