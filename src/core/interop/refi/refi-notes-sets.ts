import type { RefiSkipped } from '../../../shared/domain/refi-import';
import { ExcerptFilter } from '../../../shared/domain/evidence';
import type { RowWriter } from '../../store/change-recorder';
import type { LabStore } from '../../store/lab-store';
import { savedQueryNamed } from '../../store/queries/memo-queries';
import type { RefiProject } from './qde-project';
import type { CodeTarget } from './refi-codebook-mapper';

export interface NotesSetsContext {
  store: LabStore;
  w: RowWriter;
  project: RefiProject;
  noteTexts: Map<string, string>;
  /** Notes already stored as an excerpt's memo. */
  consumed: Set<string>;
  codeIds: Map<string, string>;
  sourceIds: Map<string, string>;
  targets: Map<string, CodeTarget>;
  skipped: RefiSkipped[];
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A note's plain text as the memo editor's HTML: a paragraph per blank-line block, line breaks kept. */
function noteHtml(text: string): string {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p.trim()).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** What each note hangs on: the first code or source that points to it; others (the project's) are the lab's. */
function noteTargets(ctx: NotesSetsContext) {
  const out = new Map<string, { kind: 'code' | 'source'; id: string }>();
  const put = (guids: string[], kind: 'code' | 'source', id: string | undefined) => {
    if (!id) return;
    for (const g of guids) if (!out.has(g)) out.set(g, { kind, id });
  };
  const walk = (codes: RefiProject['codes']) => {
    for (const c of codes) {
      put(c.noteRefs, 'code', ctx.codeIds.get(c.guid));
      walk(c.children);
    }
  };
  walk(ctx.project.codes);
  for (const s of ctx.project.sources) put(s.noteRefs, 'source', ctx.sourceIds.get(s.guid));
  return out;
}

/** Maps the ids a saved filter names from the file's guids to this lab's ids; ids it cannot map are dropped. */
function remapFilter(ctx: NotesSetsContext, filter: ExcerptFilter): ExcerptFilter {
  const map = (ids: string[] | undefined, f: (id: string) => string | undefined) =>
    ids ? ids.map((id) => f(id.toLowerCase())).filter((x): x is string => x !== undefined) : undefined;
  const code = (id: string) => ctx.codeIds.get(id) ?? (ctx.store.rows.get('code', id) ? id : undefined);
  const value = (id: string) => {
    const t = ctx.targets.get(id);
    return t?.kind === 'evidence' ? t.valueId : ctx.store.rows.get('evidence_value', id) ? id : undefined;
  };
  const source = (id: string) => ctx.sourceIds.get(id) ?? (ctx.store.rows.get('source', id) ? id : undefined);
  const out: ExcerptFilter = { ...filter };
  if (filter.codeIds) out.codeIds = map(filter.codeIds, code)!;
  if (filter.evidence) out.evidence = map(filter.evidence, value)!;
  if (filter.sourceIds) out.sourceIds = map(filter.sourceIds, source)!;
  return out;
}

function filterOfSet(ctx: NotesSetsContext, set: RefiProject['sets'][number]): ExcerptFilter | null {
  const description = set.description.trim();
  if (description.startsWith('{')) {
    try {
      const parsed = ExcerptFilter.safeParse(JSON.parse(description));
      if (parsed.success) return remapFilter(ctx, parsed.data);
    } catch {
      // Not our JSON: a description like any other, and the members decide below.
    }
  }
  const codeIds = set.memberCodes.map((g) => ctx.codeIds.get(g)).filter((x): x is string => x !== undefined);
  const sourceIds = set.memberSources.map((g) => ctx.sourceIds.get(g)).filter((x): x is string => x !== undefined);
  if (codeIds.length === 0 && sourceIds.length === 0) return null;
  return { ...(codeIds.length ? { codeIds } : {}), ...(sourceIds.length ? { sourceIds } : {}) };
}

/** Notes not already an excerpt's memo become memos; sets become saved queries. */
export function writeNotesAndSets(ctx: NotesSetsContext): { notes: number; sets: number } {
  const { store, w } = ctx;
  const targets = noteTargets(ctx);
  let notes = 0;
  for (const note of ctx.project.notes) {
    if (ctx.consumed.has(note.guid)) continue;
    const text = ctx.noteTexts.get(note.guid) ?? '';
    if (!text.trim() && !note.name) continue;
    const target = targets.get(note.guid);
    const title = (note.name || text.trim().split(/\r?\n/)[0] || 'Note').slice(0, 200);
    w.insert('memo', {
      title,
      body: noteHtml(text),
      body_text: text.trim(),
      target_kind: target?.kind ?? 'lab',
      target_id: target?.id ?? null,
      ...(note.created ? { created_at: note.created } : {}),
    });
    notes++;
  }
  let sets = 0;
  for (const set of ctx.project.sets) {
    const filter = filterOfSet(ctx, set);
    if (!filter) {
      ctx.skipped.push({ what: `the set “${set.name}”`, why: 'none of its members is a code or source of this lab, so no filter can be made from it' });
      continue;
    }
    let name = set.name.slice(0, 200);
    for (let n = 2; savedQueryNamed(store, name); n++) name = `${set.name.slice(0, 190)} (${n})`;
    w.insert('saved_query', { name, filter: JSON.stringify(filter) });
    sets++;
  }
  return { notes, sets };
}
