import { randomUUID } from 'node:crypto';
import type { MergeChoice, MergeCoder, MergeConflict, MergeCounts } from '../../shared/domain/coder-copy';
import type { DataTable, Row, SqlValue } from '../store/rows';
import { baseValue, rowKey, type CopySide } from './coding-copy-file';
import type { HereSide } from './here-side';

/** One row to write, in order: parents before children. */
export type MergeAction = { op: 'insert'; tbl: DataTable; row: Row } | { op: 'update'; tbl: DataTable; id: string; values: Row };

export interface MergePlan {
  actions: MergeAction[];
  counts: MergeCounts;
  coders: MergeCoder[];
  /** Conflicts to decide now (those decided in an earlier merge of this copy are left out). */
  conflicts: MergeConflict[];
  /** Each listed conflict with the choice applied (null: undecided, nothing done). */
  decisions: { conflict: MergeConflict; choice: MergeChoice | null }[];
  notes: string[];
}

const CODE_FIELDS = ['name', 'colour', 'parent_id', 'definition', 'when_to_use', 'when_not_to_use', 'example'] as const;
const FIELD_LABEL: Record<(typeof CODE_FIELDS)[number], string> = {
  name: 'name',
  colour: 'colour',
  parent_id: 'parent',
  definition: 'definition',
  when_to_use: 'when to use',
  when_not_to_use: 'when not to use',
  example: 'example',
};

const str = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : String(v));
const lower = (v: SqlValue | undefined): string => str(v).toLocaleLowerCase();
const quote = (text: string, max = 60): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** Parents before children, so a new code's parent is placed before it. */
function parentsFirst(codes: Row[]): Row[] {
  const byId = new Map(codes.map((c) => [String(c.id), c]));
  const out: Row[] = [];
  const seen = new Set<string>();
  const visit = (c: Row, depth: number) => {
    const id = String(c.id);
    if (seen.has(id) || depth > 100) return;
    const parent = c.parent_id === null ? undefined : byId.get(String(c.parent_id));
    if (parent) visit(parent, depth + 1);
    if (!seen.has(id)) {
      seen.add(id);
      out.push(c);
    }
  };
  for (const c of codes) visit(c, 0);
  return out;
}

/**
 * Works out a merge of a coding copy into the open lab: what comes in, what is changed, and the conflicts, with
 * `decide` answering each conflict (null: undecided, so nothing is done about it, as in a preview). Rows are
 * matched by id; sources then by hash, codes then by name under the same parent; coders by id only. A row the
 * copy added comes in unless this lab once held it (then it was deleted here); a row deleted here stays
 * deleted unless the copy did new work on it, which is a conflict. Nothing is ever deleted here.
 */
export function planMerge(here: HereSide, copy: CopySide, decide: (c: MergeConflict) => MergeChoice | null): MergePlan {
  const actions: MergeAction[] = [];
  const conflicts: MergeConflict[] = [];
  const decisions: MergePlan['decisions'] = [];
  const counts: MergeCounts = {
    coders: 0, sources: 0, codes: 0, codesChanged: 0, excerpts: 0, codings: 0, evidenceTags: 0, memos: 0, memosChanged: 0, excerptMemosChanged: 0,
  };
  const left = { sources: 0, codes: 0, excerpts: 0, codings: 0, memos: 0, decidedBefore: 0, unlinked: 0, matchedCodes: 0, twins: 0 };
  const insert = (tbl: DataTable, row: Row) => actions.push({ op: 'insert', tbl, row });
  const update = (tbl: DataTable, id: string, values: Row) => actions.push({ op: 'update', tbl, id, values });

  const isNew = (tbl: string, id: SqlValue | undefined) => copy.inserted.has(rowKey(tbl, id)) && !here.everHeld.has(rowKey(tbl, id));
  const ask = (c: MergeConflict): MergeChoice | null => {
    if (here.decidedBefore.has(c.id) && here.decidedBefore.get(c.id) === c.theirs) {
      left.decidedBefore++;
      return null;
    }
    conflicts.push(c);
    const choice = decide(c);
    decisions.push({ conflict: c, choice });
    return choice;
  };
  const rows = copy.rows;
  const coderName = new Map(rows.coder.map((c) => [String(c.id), String(c.name)]));
  const copyCoder = coderName.get(copy.info.forCoderId) ?? copy.info.forCoderName;

  // Coders: by id only. A different person who happens to share a name here gets a number, and the preview says so.
  const coders: MergeCoder[] = [];
  const newCoders = new Map<string, Row>();
  const namesHere = new Set([...here.coders.values()].map((c) => lower(c.name)));
  for (const c of rows.coder) {
    const id = String(c.id);
    const name = String(c.name);
    if (here.coders.has(id)) {
      coders.push({ id, name, mergedName: String(here.coders.get(id)!.name), status: 'same' });
      continue;
    }
    let mergedName = name;
    for (let n = 2; namesHere.has(lower(mergedName)); n++) mergedName = `${name} (${n})`;
    namesHere.add(lower(mergedName));
    coders.push({ id, name, mergedName, status: mergedName === name ? 'new' : 'same-name-different-id' });
    newCoders.set(id, { ...c, name: mergedName, created_by: null, updated_by: null });
  }

  // What the copy did new work on, to tell a deletion here that matters from one that does not.
  const excerptSource = new Map(rows.excerpt.map((e) => [String(e.id), String(e.source_id)]));
  const newCodings = rows.excerpt_code.filter((c) => isNew('excerpt_code', c.id));
  const workOnExcerpt = new Set(newCodings.map((c) => String(c.excerpt_id)));
  const workOnCode = new Set(newCodings.map((c) => String(c.code_id)));
  const workOnSource = new Set<string>();
  for (const e of rows.excerpt) if (isNew('excerpt', e.id)) workOnSource.add(String(e.source_id));
  for (const id of workOnExcerpt) if (excerptSource.has(id)) workOnSource.add(excerptSource.get(id)!);

  // Sources: by id, then by hash.
  const sourceMap = new Map<string, string | null>();
  const restoredSources = new Set<string>();
  const bringSource = (s: Row) => {
    const id = String(s.id);
    const parts = copy.sourceParts(id);
    if (!parts.content) return false;
    insert('source', { ...s, phase_id: here.has('phase', s.phase_id), convening_id: here.has('convening', s.convening_id) });
    insert('source_content', parts.content);
    for (const sp of parts.speakers) insert('source_speaker', { ...sp, participant_id: here.has('participant', sp.participant_id) });
    for (const se of parts.evidence) if (here.has('evidence_value', se.value_id)) insert('source_evidence', se);
    counts.sources++;
    return true;
  };
  for (const s of rows.source) {
    const id = String(s.id);
    if (here.sources.has(id)) sourceMap.set(id, id);
    else if (here.sourceBySha.has(String(s.sha256))) sourceMap.set(id, here.sourceBySha.get(String(s.sha256))!);
    else if (isNew('source', id)) sourceMap.set(id, bringSource(s) ? id : null);
    else if (!workOnSource.has(id)) {
      sourceMap.set(id, null);
      left.sources++;
    } else {
      const choice = ask({
        id: `source:${id}`, kind: 'source-deleted', subject: `Source “${quote(String(s.title))}”`, field: null,
        mine: null, theirs: String(s.title), choices: ['mine', 'theirs'],
      });
      const restored = choice === 'theirs' && bringSource(s);
      sourceMap.set(id, restored ? id : null);
      if (restored) restoredSources.add(id);
    }
  }

  // Codes: by id, then by name under the same parent; field by field against their value when the copy was made.
  const codeMap = new Map<string, string | null>();
  const restoredCodes = new Set<string>();
  const hereCodes = new Map(here.codes);
  const siblingNamed = (parent: string | null, name: SqlValue | undefined, except?: string) =>
    [...hereCodes.values()].find((c) => (c.parent_id ?? null) === parent && lower(c.name) === lower(name) && c.id !== except);
  const freeName = (parent: string | null, name: string, except?: string) => {
    let n = name;
    for (let i = 2; siblingNamed(parent, n, except); i++) n = `${name} (${i})`;
    return n;
  };
  const codeLabel = (id: SqlValue | undefined) => (id === null || id === undefined ? '(top level)' : `“${str(hereCodes.get(String(id))?.name ?? rows.code.find((c) => c.id === id)?.name)}”`);
  const isBelow = (id: string, ancestor: string): boolean => {
    for (let c: string | null = id, depth = 0; c && depth < 200; c = (hereCodes.get(c)?.parent_id as string | null) ?? null, depth++) {
      if (c === ancestor) return true;
    }
    return false;
  };
  const bringCode = (k: Row, parent: string | null) => {
    const row = { ...k, parent_id: parent, name: freeName(parent, String(k.name)) };
    insert('code', row);
    hereCodes.set(String(k.id), row);
  };
  for (const k of parentsFirst(rows.code)) {
    const id = String(k.id);
    const copyParent = k.parent_id === null ? null : String(k.parent_id);
    const parent = copyParent === null ? null : (codeMap.get(copyParent) ?? null);
    const mine = hereCodes.get(id);
    if (mine) {
      codeMap.set(id, id);
      const values: Row = {};
      for (const f of CODE_FIELDS) {
        const base = baseValue(copy, 'code', k, f);
        if (k[f] === base) continue;
        const theirs = f === 'parent_id' ? parent : k[f]!;
        if (f === 'parent_id' && copyParent !== null && parent === null) continue; // their parent is not here
        if (theirs === mine[f]) continue;
        let take = mine[f] === base;
        if (take) counts.codesChanged++;
        else {
          const shown = (v: SqlValue) => (f === 'parent_id' ? codeLabel(v) : str(v));
          take = ask({
            id: `code:${id}:${f}`, kind: 'code', subject: `Code “${str(mine.name)}”`, field: FIELD_LABEL[f],
            mine: shown(mine[f]!), theirs: shown(theirs), choices: ['mine', 'theirs'],
          }) === 'theirs';
        }
        if (!take) continue;
        if (f === 'parent_id' && theirs !== null && isBelow(String(theirs), id)) continue; // would make a loop
        values[f] = theirs;
      }
      if (Object.keys(values).length > 0) {
        const parentAfter = 'parent_id' in values ? (values.parent_id as string | null) : ((mine.parent_id as string | null) ?? null);
        if ('name' in values || 'parent_id' in values) values.name = freeName(parentAfter, String(values.name ?? mine.name), id);
        update('code', id, values);
        hereCodes.set(id, { ...mine, ...values });
      }
      continue;
    }
    const same = siblingNamed(parent, k.name);
    if (same) {
      codeMap.set(id, String(same.id));
      left.matchedCodes++;
    } else if (isNew('code', id)) {
      bringCode(k, parent);
      codeMap.set(id, id);
      counts.codes++;
    } else if (!workOnCode.has(id)) {
      codeMap.set(id, null);
      left.codes++;
    } else {
      const choice = ask({
        id: `code-deleted:${id}`, kind: 'code-deleted', subject: `Code “${str(k.name)}”`, field: null,
        mine: null, theirs: String(k.name), choices: ['mine', 'theirs'],
      });
      if (choice === 'theirs') {
        bringCode(k, parent);
        codeMap.set(id, id);
        restoredCodes.add(id);
        counts.codes++;
      } else codeMap.set(id, null);
    }
  }

  // Excerpts: by id; an excerpt memo edited on both sides is a conflict.
  const excerptMap = new Map<string, string | null>();
  const restoredExcerpts = new Set<string>();
  const byRange = new Map<string, string[]>();
  const rangeKey = (e: Row) => `${str(e.source_id)}|${str(e.start)}|${str(e.end)}`;
  const hereExcerpts = new Map(here.excerpts);
  for (const e of hereExcerpts.values()) byRange.set(rangeKey(e), [...(byRange.get(rangeKey(e)) ?? []), String(e.id)]);
  const bringExcerpt = (e: Row, sourceId: string) => {
    const row = { ...e, source_id: sourceId };
    insert('excerpt', row);
    hereExcerpts.set(String(e.id), row);
    byRange.set(rangeKey(row), [...(byRange.get(rangeKey(row)) ?? []), String(e.id)]);
    counts.excerpts++;
  };
  for (const e of rows.excerpt) {
    const id = String(e.id);
    const mine = hereExcerpts.get(id);
    if (mine) {
      excerptMap.set(id, id);
      const base = baseValue(copy, 'excerpt', e, 'memo');
      if (e.memo === base || e.memo === mine.memo) continue;
      let memo: SqlValue | undefined;
      if (mine.memo === base) {
        memo = e.memo;
        counts.excerptMemosChanged++;
      } else {
        const choice = ask({
          id: `excerpt-memo:${id}`, kind: 'excerpt-memo', subject: `Memo on the excerpt “${quote(str(e.text))}”`, field: 'memo',
          mine: str(mine.memo), theirs: str(e.memo), choices: ['mine', 'theirs', 'both'],
        });
        if (choice === 'theirs') memo = e.memo;
        if (choice === 'both') memo = `${str(mine.memo)}\n\n${copyCoder}: ${str(e.memo)}`;
      }
      if (memo !== undefined) update('excerpt', id, { memo });
      continue;
    }
    const sourceId = sourceMap.get(String(e.source_id)) ?? null;
    if (restoredSources.has(String(e.source_id)) && sourceId) {
      bringExcerpt(e, sourceId);
      excerptMap.set(id, id);
      restoredExcerpts.add(id);
    } else if (isNew('excerpt', id)) {
      if (sourceId) {
        bringExcerpt(e, sourceId);
        excerptMap.set(id, id);
      } else {
        excerptMap.set(id, null);
        left.excerpts++;
      }
    } else if (!workOnExcerpt.has(id) || !sourceId) {
      excerptMap.set(id, null);
      left.excerpts++;
    } else {
      const choice = ask({
        id: `excerpt-deleted:${id}`, kind: 'excerpt-deleted', subject: `Excerpt “${quote(str(e.text))}”`, field: null,
        mine: null, theirs: str(e.text), choices: ['mine', 'theirs'],
      });
      if (choice === 'theirs') {
        bringExcerpt(e, sourceId);
        excerptMap.set(id, id);
        restoredExcerpts.add(id);
      } else excerptMap.set(id, null);
    }
  }

  // Codings keep their coder. Where this lab already has the same code on the excerpt by another coder, the
  // copy's coding goes on a twin excerpt of the same range, so both coders' codings stand (one row per pair).
  const codingAt = new Map<string, SqlValue>();
  for (const c of here.codings.values()) codingAt.set(`${str(c.excerpt_id)}|${str(c.code_id)}`, c.created_by ?? null);
  for (const c of rows.excerpt_code) {
    if (here.codings.has(String(c.id))) continue;
    const wanted = isNew('excerpt_code', c.id) || restoredExcerpts.has(String(c.excerpt_id)) || restoredCodes.has(String(c.code_id));
    if (!wanted) {
      left.codings++;
      continue;
    }
    const excerptId = excerptMap.get(String(c.excerpt_id)) ?? null;
    const codeId = codeMap.get(String(c.code_id)) ?? null;
    if (!excerptId || !codeId) {
      left.codings++;
      continue;
    }
    let target: string | null = null;
    const excerpt = hereExcerpts.get(excerptId)!;
    for (const candidate of [excerptId, ...(byRange.get(rangeKey(excerpt)) ?? [])]) {
      const at = `${candidate}|${codeId}`;
      if (!codingAt.has(at)) {
        target = candidate;
        break;
      }
      if (codingAt.get(at) === (c.created_by ?? null)) {
        target = 'present';
        break;
      }
    }
    if (target === 'present') continue;
    if (target === null) {
      const twin = { ...excerpt, id: randomUUID(), memo: '', created_by: c.created_by ?? null, updated_by: c.created_by ?? null, created_at: c.created_at ?? null, updated_at: c.created_at ?? null };
      insert('excerpt', twin);
      hereExcerpts.set(String(twin.id), twin);
      byRange.set(rangeKey(twin), [...(byRange.get(rangeKey(twin)) ?? []), String(twin.id)]);
      target = String(twin.id);
      left.twins++;
    }
    insert('excerpt_code', { ...c, excerpt_id: target, code_id: codeId });
    codingAt.set(`${target}|${codeId}`, c.created_by ?? null);
    counts.codings++;
  }

  // Evidence tags: new ones, on excerpts that are here, with values this lab still has.
  const tagged = new Set([...here.tags.values()].map((t) => `${str(t.excerpt_id)}|${str(t.value_id)}`));
  for (const t of rows.excerpt_evidence) {
    if (here.tags.has(String(t.id)) || !(isNew('excerpt_evidence', t.id) || restoredExcerpts.has(String(t.excerpt_id)))) continue;
    const excerptId = excerptMap.get(String(t.excerpt_id)) ?? null;
    const pair = `${excerptId}|${str(t.value_id)}`;
    if (!excerptId || !here.has('evidence_value', t.value_id) || tagged.has(pair)) continue;
    insert('excerpt_evidence', { ...t, excerpt_id: excerptId });
    tagged.add(pair);
    counts.evidenceTags++;
  }

  // Memos: new ones come in; one edited on both sides, or deleted here and edited there, is a conflict.
  const memoMap = new Map<string, string | null>();
  const target = (m: Row): Row => {
    const maps: Record<string, Map<string, string | null>> = { code: codeMap, excerpt: excerptMap, source: sourceMap };
    const map = maps[str(m.target_kind)];
    if (!map || m.target_id === null) return {};
    const id = map.get(String(m.target_id)) ?? null;
    if (id) return { target_id: id };
    left.unlinked++;
    return { target_kind: 'lab', target_id: null };
  };
  for (const m of rows.memo) {
    const id = String(m.id);
    const mine = here.memos.get(id);
    const changed = (['title', 'body'] as const).some((f) => m[f] !== baseValue(copy, 'memo', m, f));
    if (mine) {
      memoMap.set(id, id);
      if (!changed || (m.title === mine.title && m.body === mine.body)) continue;
      const mineChanged = (['title', 'body'] as const).some((f) => mine[f] !== baseValue(copy, 'memo', m, f));
      let choice: MergeChoice | null = 'theirs';
      if (mineChanged) {
        choice = ask({
          id: `memo:${id}`, kind: 'memo', subject: `Memo “${quote(str(mine.title))}”`, field: null,
          mine: str(mine.body_text), theirs: str(m.body_text), choices: ['mine', 'theirs', 'both'],
        });
      } else counts.memosChanged++;
      if (choice === 'theirs') update('memo', id, { title: m.title!, body: m.body!, body_text: m.body_text! });
      if (choice === 'both') {
        insert('memo', { ...m, id: randomUUID(), title: `${str(m.title)} (${copyCoder})`, ...target(m) });
        counts.memos++;
      }
      continue;
    }
    let bring = isNew('memo', id);
    if (!bring && changed) {
      bring =
        ask({
          id: `memo:${id}`, kind: 'memo', subject: `Memo “${quote(str(m.title))}”`, field: null,
          mine: null, theirs: str(m.body_text), choices: ['mine', 'theirs'],
        }) === 'theirs';
    } else if (!bring) left.memos++;
    if (bring) {
      insert('memo', { ...m, ...target(m) });
      memoMap.set(id, id);
      counts.memos++;
    } else memoMap.set(id, null);
  }
  const linked = new Set([...here.memoLinks.values()].map((l) => `${str(l.memo_id)}|${str(l.excerpt_id)}`));
  for (const l of rows.memo_excerpt) {
    if (here.memoLinks.has(String(l.id))) continue;
    const memoId = memoMap.get(String(l.memo_id)) ?? null;
    const excerptId = excerptMap.get(String(l.excerpt_id)) ?? null;
    const pair = `${memoId}|${excerptId}`;
    if (!memoId || !excerptId || linked.has(pair)) continue;
    if (!(isNew('memo_excerpt', l.id) || restoredExcerpts.has(String(l.excerpt_id)) || !here.memos.has(memoId))) continue;
    insert('memo_excerpt', { ...l, memo_id: memoId, excerpt_id: excerptId });
    linked.add(pair);
  }

  // A coder comes in only with work of theirs: a copy's bystanders (its own coder before coding) add nothing.
  const authors = new Set(actions.flatMap((a) => (a.op === 'insert' ? [str(a.row.created_by), str(a.row.updated_by)] : [])));
  const incoming = [...newCoders.entries()].filter(([id]) => authors.has(id));
  actions.unshift(...incoming.map(([, row]): MergeAction => ({ op: 'insert', tbl: 'coder', row })));
  counts.coders = incoming.length;
  const shownCoders = coders.filter((c) => c.status === 'same' || authors.has(c.id));

  const notes: string[] = [];
  const note = (n: number, text: string) => {
    if (n > 0) notes.push(`${n} ${text}`);
  };
  note(left.sources, 'source(s) deleted here and not coded in the copy stay deleted.');
  note(left.codes, 'code(s) deleted here and not used in the copy stay deleted.');
  note(left.excerpts, 'excerpt(s) deleted here (or in a source not brought in) stay deleted.');
  note(left.codings, 'coding(s) deleted here, or on an excerpt or code not brought in, stay out.');
  note(left.memos, 'memo(s) deleted here and not edited in the copy stay deleted.');
  note(left.matchedCodes, 'new code(s) in the copy match a code of the same name under the same parent here and use it.');
  note(left.twins, 'coding(s) go on a second excerpt of the same range, because this lab has the same code there by another coder.');
  note(left.unlinked, 'memo(s) whose code, excerpt or source is not here are attached to the lab.');
  note(left.decidedBefore, 'conflict(s) were decided in an earlier merge of this copy.');
  return { actions, counts, coders: shownCoders, conflicts, decisions, notes };
}
