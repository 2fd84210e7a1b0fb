import type { SourceBlock } from '../../../shared/domain/source';
import { blockIndexAt } from '../../coding/excerpt-range';
import { derivedGuid } from './refi-guids';

/** A REFI-QDA SyncPoint: a place in a transcript (UTF-16 offset here, code points in the file) and, when known, its time. */
export interface SyncPoint {
  guid: string;
  offset: number;
  timeMs: number | null;
}

/**
 * The time at an offset of a transcript whose turns carry times. Caption times are per turn, not per word, so a
 * place inside a turn is given its share of the turn's time, as splitting a turn does; a turn with only a start
 * time gives that time at its start and nothing inside it.
 */
export function timeAt(blocks: readonly SourceBlock[], offset: number): number | null {
  let i = blockIndexAt(blocks as SourceBlock[], offset);
  if (i < 0) i = blocks.findIndex((b) => b.end === offset);
  const b = blocks[i];
  if (!b || b.startMs === undefined) return null;
  if (offset === b.start) return b.startMs;
  if (b.endMs === undefined || b.end <= b.start) return null;
  return Math.round(b.startMs + ((b.endMs - b.startMs) * (offset - b.start)) / (b.end - b.start));
}

/**
 * The sync points of a recorded source's transcript: the start of every timed turn, which is what ties the text to
 * the recording, and both ends of every excerpt, which a TranscriptSelection can only name through sync points.
 * One point per offset, in text order, with GUIDs derived from the source and offset so a second export repeats them.
 */
export function syncPointsOf(sourceId: string, blocks: readonly SourceBlock[], excerpts: readonly { start: number; end: number }[]): Map<number, SyncPoint> {
  const offsets = new Set<number>();
  for (const b of blocks) if (b.startMs !== undefined) offsets.add(b.start);
  for (const e of excerpts) offsets.add(e.start).add(e.end);
  const out = new Map<number, SyncPoint>();
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    out.set(offset, { guid: derivedGuid('sync-point', sourceId, String(offset)), offset, timeMs: timeAt(blocks, offset) });
  }
  return out;
}

/**
 * An imported transcript's lines with the times its sync points give: a line that begins at a timed sync point
 * becomes a turn (with no speaker: the file names none) that starts then and ends when the next timed line starts,
 * so the coding view offers to play from it, as for a caption file without voices. Positions are read in the units
 * the transcript's selections turned out to use (see position-units.ts); a line with no sync point at its start
 * keeps no time.
 */
export function timedBlocks(blocks: SourceBlock[], points: readonly { position: number; timeMs: number | null }[], toUtf16: (position: number) => number): SourceBlock[] {
  const timeAtOffset = new Map<number, number>();
  for (const p of points) if (p.timeMs !== null && p.timeMs >= 0) timeAtOffset.set(toUtf16(p.position), p.timeMs);
  const out = blocks.map((b) => {
    const t = timeAtOffset.get(b.start);
    return t === undefined ? b : { ...b, kind: 'turn' as const, startMs: t };
  });
  let next: number | undefined;
  for (let i = out.length - 1; i >= 0; i--) {
    const start = out[i]!.startMs;
    if (start === undefined) continue;
    if (next !== undefined && next >= start) out[i] = { ...out[i]!, endMs: next };
    next = start;
  }
  return out;
}
