import { OpError } from '../errors';
import { DocumentBuilder } from './build-document';
import type { ParsedDocument } from './parsed-document';
import { segmentTurns, type TurnUnit } from './speaker-turns';
import { decodeText, normaliseLineEnds } from './text-encoding';
import { addTimedTurns, applySpeakerPrefixes, parseTimestamp, type TimedSegment } from './timed-turns';

const MD_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const TIMED_LINE = /^\[\s*([^\]\s]+)\s*-->\s*([^\]\s]+)\s*\][ \t]*(.*)$/;

/** A .txt or .md file: paragraphs on blank lines, markdown headings, speaker turns, or timed lines. */
export function parsePlainText(bytes: Uint8Array, fileName: string, format: 'txt' | 'md'): ParsedDocument {
  const { text } = decodeText(bytes, fileName);
  const lines = normaliseLineEnds(text).split('\n');
  if (lines.every((l) => !l.trim())) throw new OpError('UNREADABLE_FILE', `“${fileName}” is empty.`);
  const builder = new DocumentBuilder();
  if (isTimedTranscript(lines)) addTimedLines(builder, lines);
  else addParagraphsAndTurns(builder, lines, format === 'md');
  return builder.build(format);
}

interface Line extends TurnUnit {
  heading?: number;
}

function addParagraphsAndTurns(builder: DocumentBuilder, lines: readonly string[], markdown: boolean): void {
  const units: Line[] = [];
  let afterBlank = true;
  for (const line of lines) {
    if (!line.trim()) {
      afterBlank = true;
      continue;
    }
    const heading = markdown ? MD_HEADING.exec(line) : null;
    if (heading) units.push({ text: heading[2]!, barrier: true, heading: heading[1]!.length });
    else units.push({ text: line.trimEnd(), paragraphStart: afterBlank });
    afterBlank = heading !== null;
  }
  for (const segment of segmentTurns(units)) {
    if (segment.kind === 'barrier') {
      const unit = units[segment.index]!;
      builder.add('heading', unit.text, { level: unit.heading });
      continue;
    }
    const pieces = segment.parts.map((p) => units[p.index]!.text.slice(p.from).trim()).filter((t) => t !== '');
    if (segment.kind === 'plain') builder.add('paragraph', pieces.join('\n'));
    else builder.add('turn', pieces.join('\n'), { speaker: segment.speaker, startMs: segment.startMs });
  }
}

/** Whisper-style `[mm:ss.mmm --> mm:ss.mmm]  text` lines: most non-blank lines have that shape. */
function isTimedTranscript(lines: readonly string[]): boolean {
  let timed = 0;
  let other = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    if (TIMED_LINE.test(line)) timed++;
    else other++;
  }
  return timed >= 2 && timed >= other;
}

function addTimedLines(builder: DocumentBuilder, lines: readonly string[]): void {
  const segments: TimedSegment[] = [];
  const preface: string[] = [];
  let unreadable = 0;
  for (const line of lines) {
    if (!line.trim()) continue;
    const m = TIMED_LINE.exec(line);
    const startMs = m ? parseTimestamp(m[1]!) : undefined;
    const endMs = m ? parseTimestamp(m[2]!) : undefined;
    const last = segments[segments.length - 1];
    if (m && startMs !== undefined && endMs !== undefined) segments.push({ startMs, endMs, text: m[3]!.trim() });
    else if (m) unreadable++;
    else if (last) last.text = `${last.text} ${line.trim()}`;
    else preface.push(line.trim());
  }
  if (preface.length > 0) builder.add('paragraph', preface.join('\n'));
  addTimedTurns(builder, applySpeakerPrefixes(segments));
  if (unreadable > 0) {
    builder.warnings.push(`${unreadable} timed ${unreadable === 1 ? 'line has' : 'lines have'} an unreadable timestamp and ${unreadable === 1 ? 'was' : 'were'} skipped.`);
  }
}
