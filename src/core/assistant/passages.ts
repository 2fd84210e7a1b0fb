import type { SuggestionUnit } from '../../shared/domain/assistant';
import type { SourceBlock } from '../../shared/domain/source';

export interface Span {
  start: number;
  end: number;
}

const PROSE = new Set<SourceBlock['kind']>(['paragraph', 'list-item', 'turn', 'table']);
const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** The span without the white space at its ends, or null when nothing but white space is left. */
function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end > start && /\p{L}/u.test(text.slice(start, end)) ? { start, end } : null;
}

/**
 * A source cut into the passages the documenter chose to be suggested: speaker turns (paragraphs where the source
 * has no turns), paragraphs, or sentences within them. Headings and page markers are never passages.
 */
export function passagesOf(text: string, blocks: readonly SourceBlock[], unit: SuggestionUnit): Span[] {
  const turns = blocks.filter((b) => b.kind === 'turn');
  const base = unit === 'turn' && turns.length > 0 ? turns : blocks.filter((b) => PROSE.has(b.kind));
  const out: Span[] = [];
  for (const b of base) {
    if (unit !== 'sentence') {
      const s = trimmed(text, b.start, b.end);
      if (s) out.push(s);
      continue;
    }
    for (const seg of sentences.segment(text.slice(b.start, b.end))) {
      const s = trimmed(text, b.start + seg.index, b.start + seg.index + seg.segment.length);
      if (s) out.push(s);
    }
  }
  return out;
}

/** The passages (in text order) that no span overlaps; one sweep, since both are sorted by start. */
export function uncovered<P extends Span>(passages: readonly P[], spans: readonly Span[]): P[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: P[] = [];
  let j = 0;
  let reach = -1;
  for (const p of passages) {
    while (j < sorted.length && sorted[j]!.start < p.end) reach = Math.max(reach, sorted[j++]!.end);
    if (reach <= p.start) out.push(p);
  }
  return out;
}
