import type { RefiSkipped } from '../../../shared/domain/refi-import';
import { childNamed, childrenNamed, type XmlElement } from './xml-tree';

/**
 * A REFI-QDA project (`project.qde`) or codebook (`.qdc`) read into plain records. Lenient on purpose: every writer
 * leaves out something the schema makes optional (users, colours, descriptions), and a record that cannot be used is
 * listed in `skipped` with the reason, never dropped in silence.
 */
export interface RefiCode {
  guid: string;
  name: string;
  color: string | null;
  description: string;
  noteRefs: string[];
  children: RefiCode[];
}

export interface RefiCoding {
  codeGuid: string;
  creatingUser: string | null;
  created: string | null;
  noteRefs: string[];
}

export interface RefiSelection {
  guid: string;
  /** As the file gives it: code points as REFI-QDA counts them, or UTF-16 units from NVivo (see position-units.ts). */
  start: number;
  end: number;
  creatingUser: string | null;
  created: string | null;
  codings: RefiCoding[];
  noteRefs: string[];
}

/** A text source, or a note (REFI-QDA gives notes the same shape). */
export interface RefiText {
  guid: string;
  name: string;
  description: string;
  plainTextPath: string | null;
  plainTextContent: string | null;
  richTextPath: string | null;
  creatingUser: string | null;
  created: string | null;
  selections: RefiSelection[];
  noteRefs: string[];
  values: RefiVariableValue[];
  /** For an audio or video source: its recording, and its transcript's sync points (the text above is the transcript). */
  media?: RefiMedia;
}

export interface RefiMedia {
  kind: 'audio' | 'video';
  /** The recording as the project names it (`internal://…` when it is in the package); null when not named. */
  path: string | null;
  /** Places in the transcript (as the file counts them) and their times in ms, where given. */
  syncPoints: { position: number; timeMs: number | null }[];
}

export interface RefiVariableValue {
  variableGuid: string;
  value: string;
}

export interface RefiCase {
  guid: string;
  name: string;
  description: string;
  sourceRefs: string[];
  values: RefiVariableValue[];
}

export interface RefiSet {
  guid: string;
  name: string;
  description: string;
  memberCodes: string[];
  memberSources: string[];
}

export interface RefiProject {
  /** The writing program (`origin`), e.g. "NVivo for Windows 12.6"; '' when not given. */
  origin: string;
  users: { guid: string; name: string }[];
  codes: RefiCode[];
  variables: Map<string, { name: string; type: string }>;
  cases: RefiCase[];
  sources: RefiText[];
  notes: RefiText[];
  sets: RefiSet[];
  projectNoteRefs: string[];
  skipped: RefiSkipped[];
}

/** `{A-B}` and `a-b` name the same GUID; writers differ on braces and case. */
export function guidOf(value: string | undefined): string | null {
  if (!value) return null;
  const g = value.trim().replace(/^\{|\}$/g, '').toLowerCase();
  return g === '' ? null : g;
}

function textOf(el: XmlElement | undefined): string {
  return el?.text ?? '';
}

function refs(el: XmlElement, name: string): string[] {
  return childrenNamed(el, name)
    .map((r) => guidOf(r.attrs.targetGUID ?? r.attrs.guid))
    .filter((g): g is string => g !== null);
}

function int(value: string | undefined): number | null {
  if (value === undefined || !/^\s*-?\d+\s*$/.test(value)) return null;
  return Number(value);
}

function readCode(el: XmlElement, skipped: RefiSkipped[]): RefiCode | null {
  const guid = guidOf(el.attrs.guid);
  const name = (el.attrs.name ?? '').trim();
  if (!guid || !name) {
    skipped.push({ what: `a code${name ? ` “${name}”` : ''}`, why: 'it has no guid or no name' });
    return null;
  }
  const color = el.attrs.color && /^#([0-9a-f]{6}|[0-9a-f]{3})$/i.test(el.attrs.color.trim()) ? el.attrs.color.trim() : null;
  return {
    guid,
    name,
    color,
    description: textOf(childNamed(el, 'Description')),
    noteRefs: refs(el, 'NoteRef'),
    children: childrenNamed(el, 'Code')
      .map((c) => readCode(c, skipped))
      .filter((c): c is RefiCode => c !== null),
  };
}

export function readCodes(codesParent: XmlElement | undefined, skipped: RefiSkipped[]): RefiCode[] {
  return childrenNamed(codesParent, 'Code')
    .map((c) => readCode(c, skipped))
    .filter((c): c is RefiCode => c !== null);
}

function readValues(el: XmlElement): RefiVariableValue[] {
  const out: RefiVariableValue[] = [];
  for (const v of childrenNamed(el, 'VariableValue')) {
    const variableGuid = guidOf(childNamed(v, 'VariableRef')?.attrs.targetGUID);
    const valueEl = v.children.find((c) => c.name.endsWith('Value'));
    if (variableGuid && valueEl) out.push({ variableGuid, value: valueEl.text.trim() });
  }
  return out;
}

/** Where a selection lies: a PlainTextSelection says it; a TranscriptSelection names two sync points. */
type PlaceOf = (el: XmlElement) => { start: number | null; end: number | null };

const plainTextPlace: PlaceOf = (el) => ({ start: int(el.attrs.startPosition), end: int(el.attrs.endPosition) });

function readSelection(el: XmlElement, where: string, skipped: RefiSkipped[], placeOf: PlaceOf): RefiSelection | null {
  const guid = guidOf(el.attrs.guid);
  const { start, end } = placeOf(el);
  if (!guid || start === null || end === null) {
    skipped.push({ what: `a selection in ${where}`, why: 'it has no guid or no whole-number start and end positions' });
    return null;
  }
  const codings: RefiCoding[] = [];
  for (const c of childrenNamed(el, 'Coding')) {
    const codeGuid = guidOf(childNamed(c, 'CodeRef')?.attrs.targetGUID);
    if (!codeGuid) {
      skipped.push({ what: `a coding in ${where}`, why: 'it names no code (no CodeRef)' });
      continue;
    }
    codings.push({ codeGuid, creatingUser: guidOf(c.attrs.creatingUser), created: c.attrs.creationDateTime ?? null, noteRefs: refs(c, 'NoteRef') });
  }
  return {
    guid,
    start,
    end,
    creatingUser: guidOf(el.attrs.creatingUser),
    created: el.attrs.creationDateTime ?? null,
    codings,
    noteRefs: refs(el, 'NoteRef'),
  };
}

function readText(el: XmlElement, guid: string, name: string, skipped: RefiSkipped[], selectionName = 'PlainTextSelection', placeOf = plainTextPlace): RefiText {
  const where = `“${name}”`;
  const content = childNamed(el, 'PlainTextContent');
  const sourceCodings = childrenNamed(el, 'Coding').length;
  if (sourceCodings > 0) skipped.push({ what: `${sourceCodings} coding(s) of the whole source ${where}`, why: 'codings of a whole source have no range; code its text instead' });
  return {
    guid,
    name,
    description: textOf(childNamed(el, 'Description')),
    plainTextPath: el.attrs.plainTextPath?.trim() || null,
    plainTextContent: content ? content.text : null,
    richTextPath: el.attrs.richTextPath?.trim() || null,
    creatingUser: guidOf(el.attrs.creatingUser),
    created: el.attrs.creationDateTime ?? null,
    selections: childrenNamed(el, selectionName)
      .map((s) => readSelection(s, where, skipped, placeOf))
      .filter((s): s is RefiSelection => s !== null),
    noteRefs: refs(el, 'NoteRef'),
    values: readValues(el),
  };
}

const MEDIA: Record<string, 'audio' | 'video'> = {
  AudioSource: 'audio',
  VideoSource: 'video',
};

/**
 * An audio or video source as its transcript, the recording riding along: the lab codes text, and a transcript
 * selection is a range of that text between two sync points. Selections of a stretch of the recording itself have
 * no place in the text and are listed.
 */
function readRecorded(el: XmlElement, guid: string, name: string, skipped: RefiSkipped[]): RefiText | null {
  const kind = MEDIA[el.name]!;
  const transcripts = childrenNamed(el, 'Transcript');
  const timed = childrenNamed(el, kind === 'audio' ? 'AudioSelection' : 'VideoSelection').length;
  if (timed > 0) skipped.push({ what: `${timed} selection(s) of the recording “${name}”`, why: 'they mark a stretch of the recording, not of its transcript, and the lab codes text' });
  const whole = childrenNamed(el, 'Coding').length;
  if (whole > 0) skipped.push({ what: `${whole} coding(s) of the whole source “${name}”`, why: 'codings of a whole source have no range; code its text instead' });
  if (transcripts.length === 0) {
    skipped.push({ what: `the ${kind} source “${name}”`, why: 'it comes without a transcript, and the lab codes text' });
    return null;
  }
  if (transcripts.length > 1) skipped.push({ what: `${transcripts.length - 1} more transcript(s) of “${name}”`, why: 'a source has one text in the lab; the first transcript was imported' });
  const transcript = transcripts[0]!;
  const points = new Map<string, { position: number | null; timeMs: number | null }>();
  for (const sp of childrenNamed(transcript, 'SyncPoint')) {
    const g = guidOf(sp.attrs.guid);
    if (g) points.set(g, { position: int(sp.attrs.position), timeMs: int(sp.attrs.timeStamp) });
  }
  const at = (ref: string | undefined) => points.get(guidOf(ref) ?? '')?.position ?? null;
  const text = readText(transcript, guid, name, skipped, 'TranscriptSelection', (s) => ({ start: at(s.attrs.fromSyncPoint), end: at(s.attrs.toSyncPoint) }));
  return {
    ...text,
    noteRefs: [...refs(el, 'NoteRef'), ...text.noteRefs],
    values: readValues(el),
    media: {
      kind,
      path: el.attrs.path?.trim() || el.attrs.currentPath?.trim() || null,
      syncPoints: [...points.values()].flatMap((p) => (p.position === null ? [] : [{ position: p.position, timeMs: p.timeMs }])),
    },
  };
}

function readSources(sources: XmlElement | undefined, skipped: RefiSkipped[]): RefiText[] {
  const out: RefiText[] = [];
  for (const el of sources?.children ?? []) {
    const guid = guidOf(el.attrs.guid);
    const name = (el.attrs.name ?? '').trim() || (guid ? `Source ${guid.slice(0, 8)}` : 'a source');
    if (!guid) {
      skipped.push({ what: `the source “${name}”`, why: 'it has no guid' });
      continue;
    }
    if (el.name === 'TextSource') {
      out.push(readText(el, guid, name, skipped));
    } else if (el.name === 'PDFSource') {
      const pdfSelections = childrenNamed(el, 'PDFSelection').length;
      if (pdfSelections > 0) skipped.push({ what: `${pdfSelections} PDF selection(s) of “${name}”`, why: 'they are regions of a page, which have no place in text' });
      const representation = childNamed(el, 'Representation');
      if (representation) out.push(readText(representation, guid, name, skipped));
      else skipped.push({ what: `the PDF source “${name}”`, why: 'it comes without a plain-text representation; import the PDF itself instead' });
    } else if (MEDIA[el.name]) {
      const recorded = readRecorded(el, guid, name, skipped);
      if (recorded) out.push(recorded);
    } else if (el.name === 'PictureSource') {
      skipped.push({ what: `the picture source “${name}”`, why: 'picture sources and their selections are not imported (the lab holds text)' });
    } else {
      skipped.push({ what: `the source “${name}” (${el.name})`, why: 'this kind of source is not known' });
    }
  }
  return out;
}

export function readSets(setsEl: XmlElement | undefined): RefiSet[] {
  const out: RefiSet[] = [];
  for (const s of childrenNamed(setsEl, 'Set')) {
    const guid = guidOf(s.attrs.guid);
    const name = (s.attrs.name ?? '').trim();
    if (!guid || !name) continue;
    out.push({
      guid,
      name,
      description: textOf(childNamed(s, 'Description')),
      // A codebook's MemberCode carries `guid`, a project's `targetGUID`: refs() reads both.
      memberCodes: refs(s, 'MemberCode'),
      memberSources: refs(s, 'MemberSource'),
    });
  }
  return out;
}

export function readProject(root: XmlElement): RefiProject {
  const skipped: RefiSkipped[] = [];
  const users = childrenNamed(childNamed(root, 'Users'), 'User').flatMap((u) => {
    const guid = guidOf(u.attrs.guid);
    return guid ? [{ guid, name: (u.attrs.name ?? '').trim() || (u.attrs.id ?? '').trim() || `User ${guid.slice(0, 8)}` }] : [];
  });
  const variables = new Map<string, { name: string; type: string }>();
  for (const v of childrenNamed(childNamed(root, 'Variables'), 'Variable')) {
    const guid = guidOf(v.attrs.guid);
    if (guid && v.attrs.name?.trim()) variables.set(guid, { name: v.attrs.name.trim(), type: v.attrs.typeOfVariable ?? 'Text' });
  }
  const cases = childrenNamed(childNamed(root, 'Cases'), 'Case').flatMap((c): RefiCase[] => {
    const guid = guidOf(c.attrs.guid);
    if (!guid) return [];
    const selections = childrenNamed(c, 'SelectionRef').length + childrenNamed(c, 'CodeRef').length;
    if (selections > 0) skipped.push({ what: `${selections} code or selection reference(s) of the case “${c.attrs.name ?? guid}”`, why: 'a participant is linked to sources, not to single codes or selections' });
    return [{ guid, name: (c.attrs.name ?? '').trim(), description: textOf(childNamed(c, 'Description')), sourceRefs: refs(c, 'SourceRef'), values: readValues(c) }];
  });
  const notes = childrenNamed(childNamed(root, 'Notes'), 'Note').flatMap((n) => {
    const guid = guidOf(n.attrs.guid);
    return guid ? [readText(n, guid, (n.attrs.name ?? '').trim(), skipped)] : [];
  });
  for (const [el, what] of [
    ['Links', 'links between items'],
    ['Graphs', 'graphs'],
  ] as const) {
    const n = childNamed(root, el)?.children.length ?? 0;
    if (n > 0) skipped.push({ what: `${n} ${what}`, why: 'the lab has no place for them' });
  }
  return {
    origin: (root.attrs.origin ?? '').trim(),
    users,
    codes: readCodes(childNamed(childNamed(root, 'CodeBook'), 'Codes'), skipped),
    variables,
    cases,
    sources: readSources(childNamed(root, 'Sources'), skipped),
    notes,
    sets: readSets(childNamed(root, 'Sets')),
    projectNoteRefs: refs(root, 'NoteRef'),
    skipped,
  };
}
