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

function readSelection(el: XmlElement, where: string, skipped: RefiSkipped[]): RefiSelection | null {
  const guid = guidOf(el.attrs.guid);
  const start = int(el.attrs.startPosition);
  const end = int(el.attrs.endPosition);
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

function readText(el: XmlElement, guid: string, name: string, skipped: RefiSkipped[]): RefiText {
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
    selections: childrenNamed(el, 'PlainTextSelection')
      .map((s) => readSelection(s, where, skipped))
      .filter((s): s is RefiSelection => s !== null),
    noteRefs: refs(el, 'NoteRef'),
    values: readValues(el),
  };
}

const MEDIA: Record<string, string> = {
  AudioSource: 'audio',
  VideoSource: 'video',
  PictureSource: 'picture',
};

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
      skipped.push({ what: `the ${MEDIA[el.name]} source “${name}”`, why: `${MEDIA[el.name]} sources and their selections are not imported (the lab holds text)` });
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
