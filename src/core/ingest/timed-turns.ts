import type { DocumentBuilder } from './build-document';
import { detectSpeakerLabels } from './speaker-turns';

/** One caption cue, or one part of a cue spoken by one voice. */
export interface TimedSegment {
  startMs: number;
  endMs: number;
  text: string;
  speaker?: string;
}

// Without speakers, cues are merged into paragraphs: closed at a sentence end once they span this long…
const SENTENCE_GROUP_MS = 30_000;
// …and in any case once they span this long, or when the talk pauses this long.
const MAX_GROUP_MS = 60_000;
const PAUSE_MS = 10_000;

const SENTENCE_END = /[.!?…。！？]["'”’)\]]*$/u;
const DIALOGUE_DASH = /^[-–—]\s/;

/** Timestamps of captions and timed transcripts: `hh:mm:ss.mmm`, `mm:ss.mmm`, with `.` or `,` (SubRip). */
export function parseTimestamp(text: string): number | undefined {
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)[.,](\d{1,3})$/.exec(text.trim());
  if (!m) return undefined;
  const [, h = '0', min = '0', s = '0', ms = '0'] = m;
  return ((Number(h) * 60 + Number(min)) * 60 + Number(s)) * 1000 + Number(ms.padEnd(3, '0'));
}

/** Gives unvoiced segments a speaker from a `Name:` prefix (Zoom style), when the document reads as turns. */
export function applySpeakerPrefixes(segments: TimedSegment[]): TimedSegment[] {
  const labels = detectSpeakerLabels(segments.map((s) => (s.speaker === undefined ? s.text : undefined)));
  return segments.map((s, i) => {
    const label = labels[i];
    return label ? { ...s, speaker: label.speaker, text: s.text.slice(label.length) } : s;
  });
}

/**
 * Appends segments as `turn` blocks: consecutive segments of one speaker form one turn spanning their times;
 * speakerless segments are merged into paragraph-sized turns, so an hour of captions is not 900 one-line blocks.
 */
export function addTimedTurns(builder: DocumentBuilder, segments: readonly TimedSegment[]): void {
  let group: TimedSegment[] = [];
  const flush = (): void => {
    const first = group[0];
    if (!first) return;
    builder.add('turn', joinPieces(group.map((s) => s.text)), {
      speaker: first.speaker,
      startMs: first.startMs,
      endMs: group.reduce((end, s) => Math.max(end, s.endMs), first.endMs),
    });
    group = [];
  };
  segments.forEach((segment, i) => {
    if (!segment.text.trim()) return;
    const first = group[0];
    if (first && first.speaker !== segment.speaker) flush();
    group.push(segment);
    if (segment.speaker !== undefined) return;
    const span = segment.endMs - group[0]!.startMs;
    const next = segments[i + 1];
    const pause = next ? next.startMs - segment.endMs : 0;
    const sentenceEnds = SENTENCE_END.test(segment.text.trimEnd());
    if (span >= MAX_GROUP_MS || pause >= PAUSE_MS || (sentenceEnds && span >= SENTENCE_GROUP_MS)) flush();
  });
  flush();
}

/** Joins caption lines or cues with spaces; a line opening with a dialogue dash ("- Yes.") starts a new line. */
export function joinPieces(pieces: readonly string[]): string {
  const out: string[] = [];
  for (const raw of pieces) {
    const piece = raw.trim();
    if (!piece) continue;
    if (out.length > 0) out.push(DIALOGUE_DASH.test(piece) ? '\n' : ' ');
    out.push(piece);
  }
  return out.join('');
}
