import type { RefiExportCounts } from '../../../shared/domain/refi-export';
import { expandCodes } from '../../coding/retrieval';
import { getLab } from '../../lab/lab-profile';
import type { Privacy } from '../../reports/privacy';
import type { NameFinder } from '../../reports/pseudonymise';
import type { LabStore } from '../../store/lab-store';
import { selectDimensions } from '../../store/queries/evidence-queries';
import { filterSql } from '../../store/queries/excerpt-filter';
import { selectMemos, selectSavedQueries } from '../../store/queries/memo-queries';
import { selectCoders, selectParticipants } from '../../store/queries/people-queries';
import { codebookRows, participantSources, refiCodingsOfSource, refiExcerptsOfSource, refiSources, sourcesMatching, type RefiExcerptRow } from '../../store/queries/refi-export-queries';
import { recordingExtension } from '../../recordings/media-format';
import { selectRecordingOfSource, type StoredRecording } from '../../store/queries/recording-queries';
import { selectSourceOnlyText, selectSourceText } from '../../store/queries/source-queries';
import { positionTable } from './code-points';
import { writeCodes } from './codebook-xml';
import { exportedText } from './pseudonymised-source';
import { asDateTime, asGuid, derivedGuid } from './refi-guids';
import { syncPointsOf } from './sync-points';
import { XmlWriter, type XmlAttrs } from './xml-writer';

export interface ProjectXmlInput {
  store: LabStore;
  privacy: Privacy;
  /** Finds names in source texts when pseudonymising; null with real names. */
  names: NameFinder | null;
  origin: string;
  /** Each source's text file, as it is made (the packer adds it to the zip, so texts are not all held at once). */
  addSourceText: (guid: string, bytes: Buffer) => void;
  /**
   * Adds a recording to the package as `sources/<name>`; null leaves recordings out and exports their sources as
   * text (a voice cannot be pseudonymised).
   */
  addRecording: ((name: string, recording: StoredRecording) => void) | null;
  /** Called after each source, for progress and cancel. */
  onSource: (done: number, total: number) => void;
}

/** The GUID of the note holding an excerpt's memo: one per excerpt, stable across exports. */
export function excerptMemoGuid(excerptId: string): string {
  return derivedGuid('excerpt-memo', excerptId);
}

interface PendingNote {
  guid: string;
  name: string;
  text: string;
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
}

/**
 * `project.qde`: the lab as a REFI-QDA project, read in the caller's read transaction. Sections go in the order the
 * schema fixes (Users, CodeBook, Variables, Cases, Sources, Notes, Sets, Description, NoteRef). Positions are
 * converted from the lab's UTF-16 offsets to code points of the text as written to the package.
 */
export function writeProjectXml(p: ProjectXmlInput): { xml: Buffer; counts: RefiExportCounts; warnings: string[] } {
  const { store, privacy } = p;
  const lab = getLab(store);
  const counts: RefiExportCounts = { users: 0, codes: 0, sources: 0, recordings: 0, selections: 0, codings: 0, cases: 0, variables: 0, notes: 0, sets: 0 };
  const warnings: string[] = [];
  const xml = new XmlWriter();
  xml.open('Project', {
    xmlns: 'urn:QDA-XML:project:1.0',
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'urn:QDA-XML:project:1.0 http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd',
    name: privacy.text(lab.name),
    origin: p.origin,
    creatingUserGUID: lab.createdBy ? asGuid(lab.createdBy) : undefined,
    creationDateTime: asDateTime(lab.createdAt),
    modifyingUserGUID: lab.updatedBy ? asGuid(lab.updatedBy) : undefined,
    modifiedDateTime: asDateTime(lab.updatedAt),
  });
  const user = (id: string | null) => (id ? asGuid(id) : undefined);
  const audit = (r: { createdBy: string | null; createdAt: string; updatedBy: string | null; updatedAt: string }) => ({
    creatingUser: user(r.createdBy),
    creationDateTime: asDateTime(r.createdAt),
    modifyingUser: user(r.updatedBy),
    modifiedDateTime: asDateTime(r.updatedAt),
  });

  const coders = selectCoders(store);
  if (coders.length) {
    xml.open('Users');
    for (const c of coders) xml.empty('User', { guid: asGuid(c.id), name: c.name });
    xml.close();
    counts.users = coders.length;
  }

  // Memos become notes; those on the lab, a source or a code are also referred to from it.
  const memos = selectMemos(store, {});
  const notesOf = new Map<string, string[]>();
  for (const m of memos) {
    if (m.targetKind !== 'lab' && m.targetKind !== 'source' && m.targetKind !== 'code') continue;
    const key = m.targetKind === 'lab' ? 'lab' : m.targetId ?? '';
    notesOf.set(key, [...(notesOf.get(key) ?? []), asGuid(m.id)]);
  }

  const codes = codebookRows(store);
  const dims = selectDimensions(store);
  if (codes.some((c) => c.parentId === null && c.name.trim().toLowerCase() === 'evidence')) {
    warnings.push('A top-level code is named “Evidence”: on import it will be read as evidence tags, not as a code.');
  }
  xml.open('CodeBook');
  counts.codes = writeCodes(xml, { codes, dims, labId: lab.id, text: privacy.text, noteRefs: notesOf });
  xml.close();

  // Participants become cases; each attribute name is a text variable.
  const people = selectParticipants(store);
  const attributeNames = [...new Set(people.flatMap((x) => Object.keys(x.attributes)))].sort();
  const variableGuid = new Map(attributeNames.map((n) => [n, derivedGuid('variable', lab.id, n)]));
  if (attributeNames.length) {
    xml.open('Variables');
    for (const n of attributeNames) xml.empty('Variable', { guid: variableGuid.get(n), name: n, typeOfVariable: 'Text' });
    xml.close();
    counts.variables = attributeNames.length;
  }
  if (people.length) {
    const speaksIn = new Map<string, string[]>();
    for (const r of participantSources(store)) speaksIn.set(r.participantId, [...(speaksIn.get(r.participantId) ?? []), r.sourceId]);
    xml.open('Cases');
    for (const person of people) {
      xml.open('Case', { guid: asGuid(person.id), name: privacy.person(person) });
      for (const n of attributeNames) {
        const value = person.attributes[n];
        if (value === undefined) continue;
        xml.open('VariableValue').empty('VariableRef', { targetGUID: variableGuid.get(n) }).text('TextValue', privacy.text(String(value)), true).close();
      }
      for (const s of speaksIn.get(person.id) ?? []) xml.empty('SourceRef', { targetGUID: asGuid(s) });
      xml.close();
    }
    xml.close();
    counts.cases = people.length;
  }

  const excerptNotes: PendingNote[] = [];
  const sources = refiSources(store);
  if (sources.length) {
    xml.open('Sources');
    sources.forEach((s, i) => {
      const recording = p.addRecording ? selectRecordingOfSource(store, s.id) : null;
      const { codes: codings, tags } = refiCodingsOfSource(store, s.id);
      const byExcerpt = new Map<string, typeof codings>();
      for (const c of [...codings, ...tags]) byExcerpt.set(c.excerptId, [...(byExcerpt.get(c.excerptId) ?? []), c]);
      /** One selection of an excerpt: its codings, and its memo as a note. */
      const selection = (name: string, e: RefiExcerptRow, place: XmlAttrs) => {
        xml.open(name, { guid: asGuid(e.id), ...place, ...audit(e) });
        for (const c of byExcerpt.get(e.id) ?? []) {
          xml.open('Coding', { guid: asGuid(c.id), creatingUser: user(c.createdBy), creationDateTime: asDateTime(c.createdAt) });
          xml.empty('CodeRef', { targetGUID: asGuid(c.targetId) });
          xml.close();
          counts.codings++;
        }
        if (e.memo.trim()) {
          const note = excerptMemoGuid(e.id);
          xml.empty('NoteRef', { targetGUID: note });
          excerptNotes.push({ guid: note, name: 'Excerpt memo', text: privacy.text(e.memo), createdBy: e.createdBy, createdAt: e.createdAt, updatedBy: e.updatedBy, updatedAt: e.updatedAt });
        }
        xml.close();
        counts.selections++;
      };
      const guid = asGuid(s.id);
      const excerpts = refiExcerptsOfSource(store, s.id);
      // Only a transcript needs its blocks (for the turns' times); parsing them for every source would cost a big lab.
      const stored = (recording && selectSourceText(store, s.id)) || { text: selectSourceOnlyText(store, s.id) ?? '', blocks: [] };
      const exported = exportedText(stored.text, p.names);
      const positions = positionTable(exported.text);
      const codePointAt = (offset: number) => positions.toCodePoint(exported.range(offset, offset).start);
      if (recording) {
        // The recording is the source and its text a transcript of it, tied by sync points. The source keeps the
        // lab's id as its GUID, so cases and sets point to it as they would to a text source.
        const textGuid = derivedGuid('transcript', s.id);
        const media = `${asGuid(recording.id)}.${recordingExtension(recording.fileName)}`;
        p.addRecording!(media, recording);
        p.addSourceText(textGuid, Buffer.from(exported.text, 'utf8'));
        xml.open(recording.video ? 'VideoSource' : 'AudioSource', { guid, name: privacy.text(s.title), path: `internal://${media}`, ...audit(s) });
        xml.open('Transcript', { guid: textGuid, name: privacy.text(s.title), plainTextPath: `internal://${textGuid}.txt`, ...audit(s) });
        const points = syncPointsOf(s.id, stored.blocks, excerpts);
        for (const sp of points.values()) xml.empty('SyncPoint', { guid: sp.guid, timeStamp: sp.timeMs, position: codePointAt(sp.offset) });
        for (const e of excerpts) selection('TranscriptSelection', e, { fromSyncPoint: points.get(e.start)!.guid, toSyncPoint: points.get(e.end)!.guid });
        xml.close();
        counts.recordings++;
      } else {
        p.addSourceText(guid, Buffer.from(exported.text, 'utf8'));
        xml.open('TextSource', { guid, name: privacy.text(s.title), plainTextPath: `internal://${guid}.txt`, ...audit(s) });
        for (const e of excerpts) {
          const range = exported.range(e.start, e.end);
          selection('PlainTextSelection', e, { startPosition: positions.toCodePoint(range.start), endPosition: positions.toCodePoint(range.end) });
        }
      }
      for (const note of notesOf.get(s.id) ?? []) xml.empty('NoteRef', { targetGUID: note });
      xml.close();
      counts.sources++;
      p.onSource(i + 1, sources.length);
    });
    xml.close();
  }

  const notes: PendingNote[] = [
    ...memos.map((m) => ({ guid: asGuid(m.id), name: privacy.text(m.title), text: privacy.text(m.bodyText), createdBy: m.createdBy, createdAt: m.createdAt, updatedBy: m.updatedBy, updatedAt: m.updatedAt })),
    ...excerptNotes,
  ];
  if (notes.length) {
    xml.open('Notes');
    for (const n of notes) {
      xml.open('Note', { guid: n.guid, name: n.name, ...audit(n) });
      // Either PlainTextContent or plainTextPath must be there: an empty memo keeps an empty content element.
      xml.text('PlainTextContent', n.text, true);
      xml.close();
    }
    xml.close();
    counts.notes = notes.length;
  }

  // Saved queries become sets of the sources they find excerpts in, with their filter kept in the description.
  const queries = selectSavedQueries(store);
  if (queries.length) {
    xml.open('Sets');
    for (const q of queries) {
      xml.open('Set', { guid: asGuid(q.id), name: privacy.text(q.name) });
      xml.text('Description', `${SET_DESCRIPTION_PREFIX}${JSON.stringify(q.filter)}`);
      for (const s of sourcesMatching(store, filterSql(store, expandCodes(store, q.filter)))) xml.empty('MemberSource', { targetGUID: asGuid(s) });
      xml.close();
    }
    xml.close();
    counts.sets = queries.length;
  }

  xml.text('Description', `Exported from Scaling Lab Workbench; ${privacy.realNames ? 'participants appear by their real names' : 'participants appear by pseudonym, in the source texts too'}.`);
  for (const note of notesOf.get('lab') ?? []) xml.empty('NoteRef', { targetGUID: note });
  xml.close();
  return { xml: xml.toBuffer(), counts, warnings };
}

/** A set's description: the saved query's filter follows this, as JSON, so an import can restore the query. */
export const SET_DESCRIPTION_PREFIX = 'Saved query of Scaling Lab Workbench. Filter: ';
