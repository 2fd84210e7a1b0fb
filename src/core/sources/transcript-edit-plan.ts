import type { SourceBlock } from '../../shared/domain/source';
import type { TranscriptEdit } from '../../shared/domain/transcript-edit';
import { blockIndexAt } from '../coding/excerpt-range';
import { OpError } from '../errors';

/** Text edits of one kind: [start, end) of the old text became `text`. Renames change no text. */
export interface TextChange {
  start: number;
  end: number;
  text: string;
}

export interface EditPlan {
  text: string;
  blocks: SourceBlock[];
  change: TextChange | null;
  /** For renames: the label the turns had, and the label they have now. */
  rename: { from: string; to: string } | null;
  label: string;
}

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** An offset between the two halves of an emoji (a surrogate pair) would cut it into two broken characters. */
function mustNotCutCharacter(text: string, pos: number, field: string): void {
  const low = text.charCodeAt(pos);
  const high = text.charCodeAt(pos - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) {
    throw new OpError('INVALID_INPUT', `${field}: offset ${pos} falls inside a character`);
  }
}

/** Blocks after a change inside block `k` (or in the gap after it): later blocks move by the length delta. */
function shifted(blocks: readonly SourceBlock[], from: number, delta: number): SourceBlock[] {
  return blocks.map((b, i) => (i < from ? b : { ...b, start: b.start + delta, end: b.end + delta }));
}

function mustBlockAt(blocks: readonly SourceBlock[], pos: number, field: string): number {
  // A position at a block's very end belongs to it (typing after the last word of a turn).
  let i = blockIndexAt(blocks as SourceBlock[], pos);
  if (i < 0) i = blocks.findIndex((b) => b.end === pos);
  if (i < 0) throw new OpError('INVALID_INPUT', `${field}: offset ${pos} is not inside a block of the text`);
  return i;
}

function replacePlan(text: string, blocks: readonly SourceBlock[], e: { start: number; end: number; text: string }): EditPlan {
  if (e.end < e.start || e.end > text.length) {
    throw new OpError('INVALID_INPUT', `edit.end: the range ${e.start}–${e.end} is outside the text (length ${text.length})`);
  }
  mustNotCutCharacter(text, e.start, 'edit.start');
  mustNotCutCharacter(text, e.end, 'edit.end');
  if (/\n\s*\n/.test(e.text)) throw new OpError('INVALID_INPUT', 'edit.text: a blank line would start a new block; split the turn instead');
  const k = mustBlockAt(blocks, e.start, 'edit.start');
  const block = blocks[k]!;
  if (e.end > block.end) throw new OpError('INVALID_INPUT', 'edit.end: an edit must stay inside one turn or paragraph');
  const next = text.slice(0, e.start) + e.text + text.slice(e.end);
  const delta = e.text.length - (e.end - e.start);
  const out = shifted(blocks, k + 1, delta);
  out[k] = { ...block, end: block.end + delta };
  if (!next.slice(block.start, block.end + delta).trim()) {
    throw new OpError('INVALID_INPUT', 'edit.text: the edit would leave the block empty; join it with another instead');
  }
  return { text: next, blocks: out, change: { start: e.start, end: e.end, text: e.text }, rename: null, label: 'Correct the transcript' };
}

function splitPlan(text: string, blocks: readonly SourceBlock[], at: number): EditPlan {
  mustNotCutCharacter(text, at, 'edit.at');
  const k = mustBlockAt(blocks, at, 'edit.at');
  const block = blocks[k]!;
  let start = at;
  let end = at;
  while (start > block.start && isSpace(text[start - 1])) start--;
  while (end < block.end && isSpace(text[end])) end++;
  if (start <= block.start || end >= block.end) throw new OpError('INVALID_INPUT', 'edit.at: split inside the text of a block, not at its edge');
  const sep = '\n\n';
  const delta = sep.length - (end - start);
  const out = shifted(blocks, k + 1, delta);
  const first: SourceBlock = { ...block, end: start };
  const second: SourceBlock = { ...block, start: start + sep.length, end: block.end + delta };
  if (block.startMs !== undefined && block.endMs !== undefined) {
    // Caption times are per turn, not per word: the split point's time is estimated by its share of the text.
    const mid = Math.round(block.startMs + ((block.endMs - block.startMs) * (start - block.start)) / (block.end - block.start));
    first.endMs = mid;
    second.startMs = mid;
  }
  out.splice(k, 1, first, second);
  return {
    text: text.slice(0, start) + sep + text.slice(end),
    blocks: out,
    change: { start, end, text: sep },
    rename: null,
    label: block.kind === 'turn' ? 'Split a turn' : 'Split a paragraph',
  };
}

function joinPlan(text: string, blocks: readonly SourceBlock[], blockStart: number): EditPlan {
  const k = blocks.findIndex((b) => b.start === blockStart);
  if (k < 0) throw new OpError('INVALID_INPUT', `edit.blockStart: no block starts at ${blockStart}`);
  const a = blocks[k]!;
  const b = blocks[k + 1];
  if (!b) throw new OpError('INVALID_INPUT', 'edit.blockStart: the last block has nothing after it to join');
  const sep = ' ';
  const delta = sep.length - (b.start - a.end);
  const out = shifted(blocks, k + 2, delta);
  const joined: SourceBlock = { ...a, end: b.end + delta };
  if (b.endMs !== undefined) joined.endMs = Math.max(b.endMs, a.endMs ?? b.endMs);
  if (joined.startMs === undefined && b.startMs !== undefined) joined.startMs = b.startMs;
  out.splice(k, 2, joined);
  return {
    text: text.slice(0, a.end) + sep + text.slice(b.start),
    blocks: out,
    change: { start: a.end, end: b.start, text: sep },
    rename: null,
    label: a.kind === 'turn' ? 'Join two turns' : 'Join two paragraphs',
  };
}

function renamePlan(text: string, blocks: readonly SourceBlock[], e: { from: string; to: string; blockStart?: number | undefined }): EditPlan {
  const to = e.to.trim();
  let hit = 0;
  const out = blocks.map((b) => {
    if (b.kind !== 'turn' || b.speaker !== e.from || (e.blockStart !== undefined && b.start !== e.blockStart)) return b;
    hit++;
    return { ...b, speaker: to };
  });
  if (hit === 0) {
    throw new OpError('NOT_FOUND', e.blockStart === undefined ? `edit.from: no turn of “${e.from}” in this source` : `edit.blockStart: no turn of “${e.from}” starts at ${e.blockStart}`);
  }
  return { text, blocks: out, change: null, rename: { from: e.from, to }, label: `Rename speaker “${e.from}”` };
}

/** What the text and its blocks become under one edit; refuses an edit that does not fit the text. */
export function planEdit(text: string, blocks: readonly SourceBlock[], edit: TranscriptEdit): EditPlan {
  switch (edit.kind) {
    case 'replace':
      return replacePlan(text, blocks, edit);
    case 'split':
      return splitPlan(text, blocks, edit.at);
    case 'join':
      return joinPlan(text, blocks, edit.blockStart);
    case 'renameSpeaker':
      return renamePlan(text, blocks, edit);
  }
}

/** Where an excerpt [start, end) goes under a text change, and whether the change fell inside it. */
export function moveRange(start: number, end: number, c: TextChange): { start: number; end: number; touched: boolean } {
  const delta = c.text.length - (c.end - c.start);
  if (end <= c.start) return { start, end, touched: false };
  if (start >= c.end) return { start: start + delta, end: end + delta, touched: false };
  return { start: Math.min(start, c.start), end: Math.max(end + delta, c.start + c.text.length), touched: true };
}

export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);

export function sameWords(a: string, b: string): boolean {
  const x = wordsOf(a);
  const y = wordsOf(b);
  return x.length === y.length && x.every((w, i) => w === y[i]);
}
