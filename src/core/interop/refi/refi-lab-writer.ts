import { createHash } from 'node:crypto';
import type { RefiImportReport, RefiSkipped } from '../../../shared/domain/refi-import';
import { removeExcerpts } from '../../coding/remove-excerpts';
import { nextPseudonym } from '../../lab/participants';
import type { RowWriter } from '../../store/change-recorder';
import type { LabStore } from '../../store/lab-store';
import { selectCoders } from '../../store/queries/people-queries';
import { sourceContentRow, sourceIdBySha, speakerIdsByLabel } from '../../store/queries/source-queries';
import type { RefiProject, RefiText, RefiVariableValue } from './qde-project';
import { mapCodebook, type CodeTarget } from './refi-codebook-mapper';
import { writeNotesAndSets } from './refi-notes-sets';
import { lineBlocks, writeSelections, type SelectionCounts } from './refi-selections';
import { choosePositionUnits } from './position-units';
import { SkipTally } from './skip-tally';
import { timedBlocks } from './sync-points';

/** A text source with its plain text found (in the package or in the XML); `placeable` false: its selections cannot be placed. */
export interface SourceText {
  ref: RefiText;
  text: string;
  bytes: Uint8Array;
  format: 'txt' | 'docx';
  placeable: boolean;
}

export interface ProjectInput {
  project: RefiProject;
  sources: SourceText[];
  /** Note guid → its plain text (from the package or the XML). */
  noteTexts: Map<string, string>;
  skipped: RefiSkipped[];
  notices: RefiSkipped[];
}

const WORD = /[\p{L}\p{N}]+/gu;

function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/** Variables as free attributes: names of at most 60 characters, values of at most 500 (the participant schema's). */
function attributesOf(values: RefiVariableValue[], project: RefiProject): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const name = project.variables.get(v.variableGuid)?.name.slice(0, 60);
    if (name && v.value !== '') out[name] = v.value.slice(0, 500);
  }
  return out;
}

function mapUsers(store: LabStore, w: RowWriter, project: RefiProject): Map<string, string> {
  const coders = selectCoders(store);
  const byGuid = new Map<string, string>();
  for (const u of project.users) {
    const found = coders.find((c) => c.id === u.guid) ?? coders.find((c) => c.name.toLowerCase() === u.name.toLowerCase());
    if (found) byGuid.set(u.guid, found.id);
    else {
      const row = w.insert('coder', { id: u.guid, name: u.name.slice(0, 200) });
      byGuid.set(u.guid, String(row.id));
      coders.push({ id: String(row.id), name: u.name } as (typeof coders)[number]);
    }
  }
  return byGuid;
}

/**
 * Writes a whole REFI-QDA project into the open lab as one change set: one transaction, one undo step. Afterwards
 * every excerpt it made or added to is read back and compared with its source's text at its range; one that
 * differs is taken out again and listed, so no wrong range is ever stored in silence.
 */
export function writeProject(store: LabStore, label: string, input: ProjectInput): Omit<RefiImportReport, 'ms'> & { sourceIds: Map<string, string> } {
  const { project } = input;
  const tally = new SkipTally();
  return store.write(label, (w) => {
    const users = mapUsers(store, w, project);
    const coderOf = (guid: string | null) => (guid ? (users.get(guid) ?? null) : null);
    const codebook = mapCodebook(store, w, project.codes, input.skipped);
    const codeIds = new Map([...codebook.targets].flatMap(([g, t]): [string, string][] => (t.kind === 'code' ? [[g, t.id]] : [])));

    // Notes a selection points to become that excerpt's memo, not memos of their own.
    const consumed = new Set<string>();
    const memoOf = (guids: string[]) => {
      const texts: string[] = [];
      for (const g of new Set(guids)) {
        const t = input.noteTexts.get(g);
        if (t === undefined) continue;
        consumed.add(g);
        if (t.trim()) texts.push(t.trim());
      }
      return texts.join('\n\n');
    };

    const sourceIds = new Map<string, string>();
    const counts: SelectionCounts = { excerpts: 0, codings: 0, touched: new Set() };
    let sources = 0;
    for (const s of input.sources) {
      const sha256 = createHash('sha256').update(s.bytes).digest('hex');
      let sourceId = sourceIdBySha(store, sha256);
      if (sourceId) {
        input.skipped.push({ what: `the source “${s.ref.name}”`, why: 'the lab already holds this text; its codings were added to that source' });
      } else {
        const by = coderOf(s.ref.creatingUser) ?? w.coderId;
        const row = w.insert('source', {
          ...(store.rows.get('source', s.ref.guid) ? {} : { id: s.ref.guid }),
          title: s.ref.name.slice(0, 300),
          kind: 'interview',
          format: s.format,
          file_name: `${s.ref.name}.${s.format}`,
          sha256,
          byte_size: s.bytes.byteLength,
          word_count: countWords(s.text),
          language: '',
          attributes: JSON.stringify(attributesOf(s.ref.values, project)),
          ...(s.ref.created ? { created_at: s.ref.created } : {}),
          created_by: by,
        });
        sourceId = String(row.id);
        const { media } = s.ref;
        const blocks = media ? timedBlocks(lineBlocks(s.text), media.syncPoints, choosePositionUnits(s.text, s.ref.selections, project.origin).toUtf16) : lineBlocks(s.text);
        w.insert('source_content', sourceContentRow(sourceId, s.text, blocks, Buffer.from(s.bytes.buffer, s.bytes.byteOffset, s.bytes.byteLength)));
        sources++;
      }
      sourceIds.set(s.ref.guid, sourceId);
      if (!s.placeable) {
        if (s.ref.selections.length > 0) {
          input.skipped.push({ what: `${s.ref.selections.length} selection(s) in “${s.ref.name}”`, why: 'the project gives this source only as rich text (.docx); positions count in its plain text, which it lacks' });
        }
        continue;
      }
      const stored = store.rows.get('source_content', sourceId)!;
      const text = String(stored.text);
      const blocks = JSON.parse(String(stored.blocks)) as ReturnType<typeof lineBlocks>;
      writeSelections({ store, w, sourceId, sourceName: s.ref.name, text, blocks, targets: codebook.targets, coderOf, memoOf, tally, origin: project.origin, notices: input.notices }, s.ref.selections, counts);
    }

    // The check the issue asks for: what is stored, read back, against the source text at its range.
    const texts = new Map<string, string>();
    const wrong: string[] = [];
    for (const id of counts.touched) {
      const e = store.rows.get('excerpt', id)!;
      const sid = String(e.source_id);
      if (!texts.has(sid)) texts.set(sid, String(store.rows.get('source_content', sid)!.text));
      if (texts.get(sid)!.slice(Number(e.start), Number(e.end)) !== String(e.text)) wrong.push(id);
    }
    if (wrong.length > 0) {
      removeExcerpts(w, store, wrong);
      input.skipped.push({ what: `${wrong.length} excerpt(s)`, why: 'their stored text differed from the source at their range, so they were taken out again' });
    }

    let cases = 0;
    for (const c of project.cases) {
      const name = (c.name || `Case ${c.guid.slice(0, 8)}`).slice(0, 200);
      const attributes = attributesOf(c.values, project);
      let participantId: string;
      const existing = store.rows.get('participant', c.guid);
      if (existing) {
        participantId = c.guid;
        const merged = { ...attributes, ...(JSON.parse(String(existing.attributes)) as Record<string, string>) };
        w.update('participant', participantId, { attributes: JSON.stringify(merged) });
      } else {
        const row = w.insert('participant', { id: c.guid, display_name: name, pseudonym: nextPseudonym(store, null), attributes: JSON.stringify(attributes) });
        participantId = String(row.id);
        cases++;
      }
      for (const ref of c.sourceRefs) {
        const sourceId = sourceIds.get(ref);
        if (!sourceId) {
          tally.add(`source link(s) of cases`, 'they point to a source that was not imported');
          continue;
        }
        if (speakerIdsByLabel(store, name, sourceId).length === 0) w.insert('source_speaker', { source_id: sourceId, label: name, participant_id: participantId });
      }
    }

    const notesAndSets = writeNotesAndSets({ store, w, project, noteTexts: input.noteTexts, consumed, codeIds, sourceIds, targets: codebook.targets, skipped: input.skipped });
    return {
      sourceIds,
      sources,
      recordings: 0,
      codes: codebook.created,
      codings: counts.codings,
      excerpts: counts.excerpts,
      cases,
      variables: project.variables.size,
      notes: notesAndSets.notes,
      users: users.size,
      sets: notesAndSets.sets,
      skipped: [...project.skipped, ...input.skipped, ...tally.list()],
      notices: input.notices,
    };
  });
}

export type { CodeTarget };
