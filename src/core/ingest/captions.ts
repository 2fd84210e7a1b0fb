import { OpError } from '../errors';
import { countPhrase, DocumentBuilder } from './build-document';
import type { ParsedDocument } from './parsed-document';
import { decodeText, normaliseLineEnds } from './text-encoding';
import { addTimedTurns, applySpeakerPrefixes, joinPieces, parseTimestamp, type TimedSegment } from './timed-turns';

// Hand-written rather than a library: the npm caption parsers we looked at drop or mangle <v Speaker> voice
// spans, and Teams exports carry the speaker only there.

interface Cue {
  startMs: number;
  endMs: number;
  lines: string[];
}

interface CueScan {
  cues: Cue[];
  badTimingLines: number[];
  strayBlocks: number;
}

const VOICE_OR_END = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>|<\/v>/g;
const INLINE_TIMESTAMP = /<(?:\d+:)?\d{2}:\d{2}\.\d{3}>/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

/** WebVTT (Teams, Zoom, YouTube) and SubRip captions, merged into speaker turns. */
export function parseCaptions(bytes: Uint8Array, fileName: string, format: 'vtt' | 'srt'): ParsedDocument {
  const text = normaliseLineEnds(decodeText(bytes, fileName, { nul: 'replace' }).text);
  if (!text.trim()) throw new OpError('UNREADABLE_FILE', `“${fileName}” is empty.`);
  const scan = scanCues(text.split('\n'));
  if (scan.cues.length === 0) {
    throw new OpError('UNREADABLE_FILE', `“${fileName}” has no captions: no cue with a readable timestamp was found.`);
  }
  const rolling = scan.cues.some((c) => c.lines.some((l) => INLINE_TIMESTAMP.test(l)));
  const segments: TimedSegment[] = [];
  let previousLast = '';
  for (const cue of scan.cues) {
    for (const voiced of splitVoices(cue.lines.join('\n'))) {
      let lines = cleanCueText(voiced.text).split('\n');
      // YouTube auto-captions roll: each cue repeats the previous cue's last line before adding a new one.
      if (rolling) lines = dropRepeatedLead(lines, previousLast);
      const kept = lines.filter((l) => l !== '');
      if (kept.length === 0) continue;
      previousLast = kept[kept.length - 1]!;
      segments.push({ startMs: cue.startMs, endMs: cue.endMs, text: joinPieces(kept), ...(voiced.speaker ? { speaker: voiced.speaker } : {}) });
    }
  }
  const builder = new DocumentBuilder();
  addTimedTurns(builder, applySpeakerPrefixes(segments));
  const bad = scan.badTimingLines;
  if (bad.length > 0) {
    const where = bad.slice(0, 5).join(', ') + (bad.length > 5 ? ', …' : '');
    builder.warnings.push(`${countPhrase(bad.length, 'cue with an unreadable timestamp was', 'cues with unreadable timestamps were')} skipped (line ${where}).`);
  }
  if (scan.strayBlocks > 0) {
    builder.warnings.push(`${countPhrase(scan.strayBlocks, 'block without a timestamp was', 'blocks without a timestamp were')} skipped.`);
  }
  if (builder.blockCount === 0) throw new OpError('UNREADABLE_FILE', `“${fileName}” has captions but no text in them.`);
  return builder.build(format);
}

/** Splits the file into cues; skips the WEBVTT header and NOTE, STYLE and REGION blocks. */
function scanCues(lines: readonly string[]): CueScan {
  const scan: CueScan = { cues: [], badTimingLines: [], strayBlocks: 0 };
  const isBlank = (n: number): boolean => !(lines[n] ?? '').trim();
  const skipBlock = (n: number): number => {
    while (n < lines.length && !isBlank(n)) n++;
    return n;
  };
  let i = /^WEBVTT(?:[ \t]|$)/.test(lines[0] ?? '') ? skipBlock(0) : 0;
  while (i < lines.length) {
    if (isBlank(i)) {
      i++;
      continue;
    }
    const line = lines[i]!;
    if (!line.includes('-->')) {
      if (/^(?:NOTE|STYLE|REGION)(?:\s|$)/.test(line)) {
        i = skipBlock(i);
        continue;
      }
      // A cue identifier (WebVTT) or index (SubRip) precedes the timing line.
      if (!(lines[i + 1] ?? '').includes('-->')) {
        scan.strayBlocks++;
        i = skipBlock(i);
        continue;
      }
      i++;
    }
    const timingLine = i + 1;
    const timing = /^\s*(\S+)\s+-->\s+(\S+)/.exec(lines[i]!);
    const startMs = timing ? parseTimestamp(timing[1]!) : undefined;
    const endMs = timing ? parseTimestamp(timing[2]!) : undefined;
    i++;
    const cueLines: string[] = [];
    // Cue text ends at a blank line, at a timing line, or at a SubRip index that a timing line follows.
    while (i < lines.length && !isBlank(i) && !lines[i]!.includes('-->') && !isIndexBeforeTiming(lines, i)) {
      cueLines.push(lines[i]!);
      i++;
    }
    if (startMs === undefined || endMs === undefined) scan.badTimingLines.push(timingLine);
    else scan.cues.push({ startMs, endMs: Math.max(startMs, endMs), lines: cueLines });
  }
  return scan;
}

function isIndexBeforeTiming(lines: readonly string[], n: number): boolean {
  return /^\s*\d+\s*$/.test(lines[n]!) && (lines[n + 1] ?? '').includes('-->');
}

/** Cue text split into the parts each `<v Name>` voice speaks; text outside a voice span has no speaker. */
function splitVoices(raw: string): { speaker?: string; text: string }[] {
  const parts: { speaker?: string; text: string }[] = [];
  let speaker: string | undefined;
  let last = 0;
  for (const m of raw.matchAll(VOICE_OR_END)) {
    parts.push({ ...(speaker ? { speaker } : {}), text: raw.slice(last, m.index) });
    speaker = m[0] === '</v>' ? undefined : (m[1] ?? '').trim() || undefined;
    last = m.index + m[0].length;
  }
  parts.push({ ...(speaker ? { speaker } : {}), text: raw.slice(last) });
  return parts.filter((p) => p.text.trim() !== '');
}

/** Strips markup (<i>, <b>, <u>, <c.x>, inline timestamps, SubRip {\an8}) and decodes entities, per line. */
function cleanCueText(text: string): string {
  return text
    .replace(/<[^>\n]*>/g, '')
    .replace(/\{\\[^}\n]*\}/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .join('\n');
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== '#') return ENTITIES[name.toLowerCase()];
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

function dropRepeatedLead(lines: string[], previousLast: string): string[] {
  const firstText = lines.findIndex((l) => l !== '');
  return firstText >= 0 && lines[firstText] === previousLast ? lines.slice(firstText + 1) : lines;
}
