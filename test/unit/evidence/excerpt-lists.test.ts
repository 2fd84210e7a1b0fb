import { describe, expect, it } from 'vitest';
import { expandCodes } from '../../../src/core/coding/retrieval';
import { filterSql } from '../../../src/core/store/queries/excerpt-filter';
import type { ExcerptFilter } from '../../../src/shared/domain/evidence';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, type TestApp } from '../../helpers/temp';

/**
 * Three sources with mapped and unmapped speakers, source default tags, excerpts with tags of their own that
 * override them in one dimension, and excerpts coded with a parent and its child at once.
 */
async function taggedLab() {
  const app = await appWithLab();
  const turns = (names: string[]) =>
    docFrom(names.map((n, i) => [n, `${n} speaks in turn ${i}: coaches, budgets and readers in every county we visited.`]));
  const s1 = addSource(app, 'interview-1.txt', turns(['Interviewer', 'Amina', 'Baraka', 'Amina', 'Chege']));
  const s2 = addSource(app, 'interview-2.txt', turns(['Interviewer', 'Baraka', 'Amina', 'Baraka']));
  const s3 = addSource(app, 'notes.txt', docFrom(['The convening agreed a budget line.', 'Readers reach every school by June.']));
  const { phases } = await app.call('timeline.get', {});
  await app.call('sources.update', { id: s1, patch: { phaseId: phases[1]!.id, date: '2026-03-01' } });
  await app.call('sources.update', { id: s2, patch: { phaseId: phases[2]!.id, kind: 'focus group', date: '2026-02-01' } });
  await app.call('sources.update', { id: s3, patch: { kind: 'convening notes' } });
  const amina = await app.call('participants.create', {
    participant: { displayName: 'Amina', sector: 'government', level: 'high-level', attributes: { county: 'Kisumu' } },
  });
  const baraka = await app.call('participants.create', {
    participant: { displayName: 'Baraka', sector: 'implementer', level: 'implementation', attributes: { county: 'Nakuru' } },
  });
  for (const s of [s1, s2]) {
    await app.call('speakers.map', { sourceId: s, label: 'Amina', participantId: amina.id });
    await app.call('speakers.map', { sourceId: s, label: 'Baraka', participantId: baraka.id });
  }
  const finance = await app.call('codes.create', { code: { name: 'Finance' } });
  const budget = await app.call('codes.create', { code: { name: 'Budget', parentId: finance.id } });
  const delivery = await app.call('codes.create', { code: { name: 'Delivery' } });
  const dims = await app.call('evidence.dimensions', {});
  const [type, use] = [dims.find((d) => d.key === 'type')!, dims.find((d) => d.key === 'use')!];
  await app.call('evidence.setSourceTags', { sourceId: s1, valueIds: [type.values[0]!.id] });
  await app.call('evidence.setSourceTags', { sourceId: s2, valueIds: [type.values[1]!.id, use.values[0]!.id] });

  // Two excerpts in every block, coded in turn with Finance, Budget, Delivery, Finance + Budget.
  const codings = [[finance.id], [budget.id], [delivery.id], [finance.id, budget.id]];
  const excerpts: string[] = [];
  for (const sourceId of [s1, s2, s3]) {
    const { blocks } = await app.call('sources.get', { id: sourceId });
    for (const b of blocks) {
      for (const [start, end] of [[b.start, b.start + 12], [b.start + 5, b.end]] as const) {
        const e = await app.call('excerpts.code', { sourceId, start, end, codeIds: codings[excerpts.length % codings.length]! });
        excerpts.push(e.id);
      }
    }
  }
  // Own tags: every third excerpt overrides its type, every fourth adds a use; one clears back to nothing.
  await app.call('evidence.tagExcerpts', { excerptIds: excerpts.filter((_, i) => i % 3 === 0), add: [type.values[2]!.id] });
  await app.call('evidence.tagExcerpts', { excerptIds: excerpts.filter((_, i) => i % 4 === 0), add: [use.values[1]!.id] });
  await app.call('evidence.tagExcerpts', { excerptIds: excerpts.filter((_, i) => i % 5 === 0), add: [type.values[1]!.id] });
  return { app, s: [s1, s2, s3], codes: { finance, budget, delivery }, type, use, excerpts, people: { amina, baraka } };
}

/** The excerpts the analysis snapshot keeps for a filter: every cell of source kind × phase, which covers all. */
async function snapshotIds(app: TestApp, filter: ExcerptFilter): Promise<string[]> {
  const rows = { kind: 'sourceKind' as const };
  const cols = { kind: 'phase' as const };
  const table = await app.call('analysis.crossTable', { rows, cols, filter });
  const ids: string[] = [];
  for (const c of table.cells) ids.push(...(await app.call('analysis.cell', { rows, cols, row: c.row, col: c.col, filter })));
  expect(ids).toHaveLength(table.total);
  return ids.sort();
}

describe('excerpt lists', () => {
  it('select exactly what the analysis tables count, for every kind of filter and their combinations', async () => {
    const { app, s, codes, type, use, excerpts, people } = await taggedLab();
    const coder = (await app.call('coders.list', {}))[0]!.id;
    const filters: Record<string, ExcerptFilter> = {
      'a parent code with its children': { codeIds: [codes.finance.id] },
      'a parent code alone': { codeIds: [codes.finance.id], includeChildren: false },
      'a code and its coder': { codeIds: [codes.delivery.id], coderIds: [coder] },
      'an inherited or own type': { evidence: [type.values[0]!.id] },
      'two types': { evidence: [type.values[1]!.id, type.values[2]!.id] },
      'a type and a use': { evidence: [type.values[1]!.id, use.values[0]!.id] },
      'a code and a type': { codeIds: [codes.budget.id], evidence: [type.values[0]!.id] },
      'a code, a type and a use': { codeIds: [codes.finance.id], evidence: [type.values[1]!.id, use.values[0]!.id] },
      'chosen excerpts with a type': { excerptIds: excerpts.slice(0, 20), evidence: [type.values[2]!.id] },
      'a sector': { sectors: ['government'] },
      'a level and an attribute': { levels: ['implementation'], attributes: [{ name: 'county', values: ['Nakuru', 'Mombasa'] }] },
      'a participant with a code': { participantIds: [people.amina.id], codeIds: [codes.delivery.id] },
      'a source kind and a phase': { sourceKinds: ['interview', 'focus group'] },
      'sources and a sector': { sourceIds: [s[1]!, s[2]!], sectors: ['implementer', 'government'] },
      'the bench’s three filters': { codeIds: [codes.finance.id], evidence: [type.values[0]!.id], sectors: ['government'] },
    };
    for (const [name, filter] of Object.entries(filters)) {
      const list = await app.call('excerpts.query', { filter });
      const expected = await snapshotIds(app, filter);
      expect(list.excerpts.map((x) => x.excerptId).sort(), name).toEqual(expected);
      expect(list.total, name).toBe(expected.length);
    }
  });

  it('are in document order, and a list cut at its limit is the start of the whole list with its total', async () => {
    const { app, s, codes } = await taggedLab();
    const all = await app.call('excerpts.retrieve', { codeId: codes.finance.id });
    // Sources by date, undated last; within a source, by position.
    const rank = (sourceId: string) => [s[1], s[0], s[2]].indexOf(sourceId);
    for (let i = 1; i < all.excerpts.length; i++) {
      const [a, b] = [all.excerpts[i - 1]!, all.excerpts[i]!];
      expect(rank(a.sourceId) < rank(b.sourceId) || (a.sourceId === b.sourceId && a.start <= b.start)).toBe(true);
    }
    const both = all.excerpts.find((x) => x.codeIds.length === 2)!;
    expect(both.codeIds.sort()).toEqual([codes.finance.id, codes.budget.id].sort());
    expect(both.coderNames).toEqual(['Test Coder']);
    const cut = await app.call('excerpts.retrieve', { codeId: codes.finance.id, limit: 7 });
    expect(cut.total).toBe(all.total);
    expect(cut.excerpts).toEqual(all.excerpts.slice(0, 7));
  });

  it('start from the coded excerpts, read in table order, and test each against the other filters', async () => {
    const { app, codes, type } = await taggedLab();
    const store = app.ws.store;
    const f = filterSql(store, expandCodes(store, { codeIds: [codes.finance.id], evidence: [type.values[0]!.id], sectors: ['government'] }));
    const plan = (store.db.prepare(`EXPLAIN QUERY PLAN SELECT e.id FROM ${f.from} WHERE ${f.where}`).all(f.params) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/^SEARCH e USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    expect(plan).not.toMatch(/SCAN (e|x|excerpt)\b/);
    // The inherited tags are asked of each candidate, not listed for the whole lab first.
    expect(plan).not.toMatch(/SEARCH e USING INDEX excerpt_(block|source)/);
  });
});
