import type { SourceBlock } from '../../shared/domain/source';

/** The timed blocks of a source, in order: their indexes and start times, for blockAtTime. */
export interface TurnTimes {
  index: number[];
  startMs: number[];
}

export function turnTimes(blocks: readonly SourceBlock[]): TurnTimes {
  const out: TurnTimes = { index: [], startMs: [] };
  blocks.forEach((b, i) => {
    if (b.startMs !== undefined) {
      out.index.push(i);
      out.startMs.push(b.startMs);
    }
  });
  return out;
}

/**
 * The index of the block being heard at `ms`: the last timed block starting at or before it, by binary search (a
 * long convening has thousands of turns and this runs on every timeupdate). -1 before the first timed block.
 */
export function blockAtTime(times: TurnTimes, ms: number): number {
  let lo = 0;
  let hi = times.startMs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (times.startMs[mid]! <= ms) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found < 0 ? -1 : times.index[found]!;
}

/** The recording's span for text [start, end): from the start of its first turn to the end of its last; null when untimed. */
export function timeSpanOf(blocks: readonly SourceBlock[], start: number, end: number): { fromMs: number; toMs: number | null } | null {
  const timed = blocks.filter((b) => b.startMs !== undefined && b.end > start && b.start < end);
  if (timed.length === 0) return null;
  const last = timed[timed.length - 1]!;
  return { fromMs: timed[0]!.startMs!, toMs: last.endMs ?? null };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A transcript's time stamp, `[hh:mm:ss]`, as typists write them and MAXQDA reads them back. */
export function timestampText(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `[${pad(Math.floor(total / 3600))}:${pad(Math.floor((total % 3600) / 60))}:${pad(total % 60)}]`;
}
