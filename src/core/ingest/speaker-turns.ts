/**
 * Speaker-turn detection shared by the text formats (.txt, .md, .docx paragraphs, caption cues).
 *
 * A line may start with a speaker label: `Name:` / `NAME:` / `Q:`, `**Name:**` (markdown), `Name (01:23):`
 * (Rev), `[00:01:23] Name:`, a `[id1]` tag (QualCoder), or be an Otter.ai header `Name  1:23` alone on its line.
 * Ordinary sentences with a colon ("Note: the ministry…") are kept out by three rules: a label is at most four
 * capitalised words, common field names are never speakers, and a document with at least two labelled lines
 * switches to turns only from the first label that repeats, carries a timestamp, or is an interview role
 * (Interviewer, Respondent…, or a Q/A or I/R pair).
 */

export interface SpeakerLabel {
  speaker: string;
  /** UTF-16 length of the label at the start of the line (label, timestamp, colon and following blanks). */
  length: number;
  startMs?: number;
}

export interface TurnUnit {
  text: string;
  /** Headings, list items and tables: they end a turn and are never part of one. */
  barrier?: boolean;
  /** Outside turns, a unit that starts a new paragraph instead of continuing the previous one. */
  paragraphStart?: boolean;
}

export interface TurnPart {
  /** Index of the unit. */
  index: number;
  /** Where the unit's own text starts (after its label). */
  from: number;
}

export type TurnSegment =
  | { kind: 'barrier'; index: number }
  | { kind: 'plain'; parts: TurnPart[] }
  | { kind: 'turn'; speaker: string; startMs?: number; parts: TurnPart[] };

const WORD = String.raw`[\p{L}\p{M}\p{N}.'’\-]+`;
const LABEL = String.raw`(\p{Lu}[\p{L}\p{M}\p{N}.'’\-]*(?:[ \t]${WORD}){0,3})`;
const TIME = String.raw`((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)`;
const BOLD = String.raw`(?:\*\*|__)?`;

const NAME_COLON = new RegExp(
  String.raw`^(?:[\[(]?${TIME}[\])]?[ \t]+)?${BOLD}${LABEL}(?:[ \t]*[(\[]${TIME}[)\]])?${BOLD}[ \t]?[:：]${BOLD}(?=\s|$)[ \t]*`,
  'u',
);
const OTTER_HEADER = new RegExp(String.raw`^${LABEL}[ \t]+${TIME}[ \t]*$`, 'u');
const TAG = /^\[(\p{L}[\p{L}\p{N}_.\- ]{0,30})\][ \t]*:?[ \t]*/u;

const PARTICLES = new Set(['de', 'da', 'del', 'della', 'di', 'do', 'dos', 'das', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'el', 'al', 'bin', 'binti', 'ibn', 'of', 'the', 'y', 'e']);

// Field names and sound annotations that look like labels but are never speakers.
const NOT_SPEAKERS = new Set(
  [
    'note', 'notes', 'nb', 'n.b', 'ps', 'p.s', 'date', 'dates', 'time', 'times', 'location', 'venue', 'place', 'duration',
    'length', 'subject', 're', 'fw', 'fwd', 'topic', 'title', 'agenda', 'summary', 'attendees', 'participants', 'present',
    'absent', 'apologies', 'source', 'sources', 'reference', 'references', 'ref', 'url', 'link', 'links', 'website',
    'email', 'e-mail', 'tel', 'phone', 'mobile', 'fax', 'address', 'status', 'version', 'author', 'authors', 'file',
    'filename', 'project', 'transcript', 'transcriber', 'transcription', 'transcribed by', 'recording', 'recorded',
    'language', 'keywords', 'tags', 'see', 'see also', 'example', 'e.g', 'i.e', 'warning', 'caution', 'important', 'tip',
    'update', 'updated', 'edit', 'edited', 'action', 'actions', 'action items', 'decision', 'decisions', 'outcome',
    'outcomes', 'next steps', 'follow-up', 'todo', 'to do', 'objective', 'objectives', 'purpose', 'background',
    'context', 'method', 'methods', 'result', 'results', 'conclusion', 'conclusions', 'recommendation',
    'recommendations', 'figure', 'fig', 'table', 'chapter', 'section', 'step', 'part', 'page', 'day', 'week', 'total',
    'cost', 'price', 'budget', 'name', 'age', 'gender', 'sex', 'role', 'position', 'organisation', 'organization',
    'district', 'county', 'region', 'country', 'school', 'grade', 'class', 'laughter', 'laughs', 'laughing', 'laugh',
    'inaudible', 'crosstalk', 'cross talk', 'pause', 'paused', 'long pause', 'silence', 'music', 'applause', 'noise',
    'background noise', 'unclear', 'unintelligible', 'indistinct', 'overlapping', 'overtalk', 'cough', 'coughs',
    'coughing', 'sigh', 'sighs', 'beep', 'break', 'end', 'start', 'end of recording', 'end of interview',
    'recording paused', 'recording resumed', 'interruption', 'interrupted', 'phone rings', 'redacted', 'name redacted',
  ],
);

const ROLES = new Set(['interviewer', 'interviewee', 'respondent', 'moderator', 'facilitator', 'participant', 'question', 'answer', 'int', 'res']);
const LETTER_PAIRS: ReadonlyArray<readonly [string, string]> = [['Q', 'A'], ['I', 'R'], ['I', 'P']];

/** The speaker label a line starts with, if it is shaped like one (before the document-level checks). */
export function matchSpeakerLabel(line: string): SpeakerLabel | undefined {
  const otter = OTTER_HEADER.exec(line);
  if (otter && isNameLike(otter[1]!)) return { speaker: otter[1]!, length: line.length, startMs: clockMs(otter[2]!) };
  const named = NAME_COLON.exec(line);
  if (named && isNameLike(named[2]!)) {
    const time = named[1] ?? named[3];
    return { speaker: named[2]!, length: named[0].length, ...(time ? { startMs: clockMs(time) } : {}) };
  }
  const tag = TAG.exec(line);
  if (tag) {
    const id = tag[1]!.trim();
    if (id.split(/\s+/).length <= 4 && !NOT_SPEAKERS.has(id.toLowerCase())) return { speaker: id, length: tag[0].length };
  }
  return undefined;
}

/**
 * The label of each line, or undefined for every line when the lines do not read as a transcript with speakers.
 * Entries that are undefined on input (headings, tables) are never labels.
 */
export function detectSpeakerLabels(lines: readonly (string | undefined)[]): (SpeakerLabel | undefined)[] {
  const found = lines.map((line) => (line === undefined ? undefined : matchSpeakerLabel(line)));
  const counts = new Map<string, number>();
  for (const label of found) if (label) counts.set(label.speaker, (counts.get(label.speaker) ?? 0) + 1);
  const labelled = found.reduce((n, label) => (label ? n + 1 : n), 0);
  if (labelled < 2) return lines.map(() => undefined);
  const pairedLetters = new Set<string>();
  for (const [a, b] of LETTER_PAIRS) {
    if (counts.has(a) && counts.has(b)) pairedLetters.add(a).add(b);
  }
  // A timestamped label (Otter, Rev) is a transcript's own mark, so it counts on its own.
  const strong = (label: SpeakerLabel): boolean =>
    label.startMs !== undefined ||
    (counts.get(label.speaker) ?? 0) >= 2 ||
    ROLES.has(label.speaker.toLowerCase()) ||
    pairedLetters.has(label.speaker);
  const first = found.findIndex((label) => label !== undefined && strong(label));
  if (first < 0) return lines.map(() => undefined);
  return found.map((label, i) => (i < first ? undefined : label));
}

/**
 * Groups units into speaker turns, plain paragraphs and barriers. In a turn, unlabelled units continue the
 * current speaker (an answer over several paragraphs), and consecutive labels of the same speaker join one turn.
 */
export function segmentTurns(units: readonly TurnUnit[]): TurnSegment[] {
  const labels = detectSpeakerLabels(units.map((u) => (u.barrier ? undefined : u.text)));
  const segments: TurnSegment[] = [];
  let current: Extract<TurnSegment, { kind: 'plain' | 'turn' }> | undefined;
  units.forEach((unit, index) => {
    const label = labels[index];
    if (unit.barrier) {
      current = undefined;
      segments.push({ kind: 'barrier', index });
    } else if (label) {
      if (current?.kind === 'turn' && current.speaker === label.speaker) {
        current.parts.push({ index, from: label.length });
      } else {
        current = { kind: 'turn', speaker: label.speaker, parts: [{ index, from: label.length }] };
        if (label.startMs !== undefined) current.startMs = label.startMs;
        segments.push(current);
      }
    } else if (current && (current.kind === 'turn' || !unit.paragraphStart)) {
      current.parts.push({ index, from: 0 });
    } else {
      current = { kind: 'plain', parts: [{ index, from: 0 }] };
      segments.push(current);
    }
  });
  return segments;
}

function isNameLike(label: string): boolean {
  if (label.length > 40 || NOT_SPEAKERS.has(label.toLowerCase().replace(/\.$/, ''))) return false;
  const words = label.split(/[ \t]+/);
  return words.every((w, i) => i === 0 || /^[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w));
}

/** "1:02:03", "01:23" or "00:43.810" in milliseconds. */
export function clockMs(clock: string): number {
  const [main = '', frac = ''] = clock.split(/[.,]/);
  const ms = frac ? Number(frac.padEnd(3, '0').slice(0, 3)) : 0;
  return main.split(':').reduce((acc, part) => acc * 60 + Number(part), 0) * 1000 + ms;
}
