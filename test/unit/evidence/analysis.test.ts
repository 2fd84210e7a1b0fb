import { describe, expect, it } from 'vitest';
import type { CrossTable } from '../../../src/shared/domain/evidence';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, type TestApp } from '../../helpers/temp';

/** cell counts as { "row label|col label": n } for readable expectations. */
function cells(t: CrossTable): Record<string, number> {
  const label = (items: { key: string; label: string }[], k: string) => items.find((i) => i.key === k)?.label.trim() ?? `?${k}`;
  return Object.fromEntries(t.cells.map((c) => [`${label(t.rows, c.row)}|${label(t.cols, c.col)}`, c.count]));
}

/**
 * The lab, worked by hand:
 *   S1 (interview, Iteration 1, default type = Research): Amina (government) says A1 and A2, Baraka (implementer) B1.
 *   S2 (convening notes, Iteration 2, no defaults): one paragraph N1.
 *   e1 = A1 [Budget]            inherits Research
 *   e3 = A2 [Delivery]          inherits Research       (same turn as e1, no overlap)
 *   e2 = B1 [Delivery]          own type Practice       (overrides Research)
 *   e5 = part of B1 [Budget]    inherits Research       (overlaps e2)
 *   e4 = N1 [Finance]           own types Sector data + Practice
 * Budget is a child of Finance; Delivery is top level.
 */
async function handWorkedLab() {
  const app = await appWithLab();
  const s1 = addSource(app, 'interview.txt', docFrom([['Amina', 'We pay coaches from the county budget. Coaching changed delivery.'], ['Baraka', 'Teachers told us the lesson plans work in large classes.']]));
  const s2 = addSource(app, 'notes.txt', docFrom(['EMIS shows enrolment rose; peers advised the county to budget for readers.']));
  const { phases } = await app.call('timeline.get', {});
  await app.call('sources.update', { id: s1, patch: { phaseId: phases[1]!.id } });
  await app.call('sources.update', { id: s2, patch: { phaseId: phases[2]!.id, kind: 'convening notes' } });
  const amina = await app.call('participants.create', { participant: { displayName: 'Amina', sector: 'government', level: 'high-level' } });
  const baraka = await app.call('participants.create', { participant: { displayName: 'Baraka', sector: 'implementer', level: 'implementation' } });
  await app.call('speakers.map', { sourceId: s1, label: 'Amina', participantId: amina.id });
  await app.call('speakers.map', { sourceId: s1, label: 'Baraka', participantId: baraka.id });
  const finance = await app.call('codes.create', { code: { name: 'Finance' } });
  const budget = await app.call('codes.create', { code: { name: 'Budget', parentId: finance.id } });
  const delivery = await app.call('codes.create', { code: { name: 'Delivery' } });
  const dims = await app.call('evidence.dimensions', {});
  const type = dims.find((d) => d.key === 'type')!;
  const use = dims.find((d) => d.key === 'use')!;
  const v = (d: typeof type, key: string) => d.values.find((x) => x.key === key)!.id;
  const t1 = (await app.call('sources.get', { id: s1 })).text;
  const t2 = (await app.call('sources.get', { id: s2 })).text;
  const range = (t: string, s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length });
  const code = (sourceId: string, r: { start: number; end: number }, codeId: string) => app.call('excerpts.code', { sourceId, ...r, codeIds: [codeId] });
  await app.call('evidence.setSourceTags', { sourceId: s1, valueIds: [v(type, 'research')] });
  const e1 = await code(s1, range(t1, 'We pay coaches from the county budget.'), budget.id);
  const e3 = await code(s1, range(t1, 'Coaching changed delivery.'), delivery.id);
  const e2 = await code(s1, range(t1, 'Teachers told us the lesson plans work in large classes.'), delivery.id);
  const e5 = await code(s1, range(t1, 'the lesson plans'), budget.id);
  const e4 = await code(s2, range(t2, t2), finance.id);
  await app.call('evidence.tagExcerpts', { excerptIds: [e2.id], add: [v(type, 'practice')] });
  await app.call('evidence.tagExcerpts', { excerptIds: [e4.id], add: [v(type, 'sector-data'), v(type, 'practice')] });
  return { app, s1, s2, e: { e1, e2, e3, e4, e5 }, codes: { finance, budget, delivery }, type, use, v, people: { amina, baraka } };
}

const typeAxis = (app: TestApp, id: string) => ({ kind: 'dimension' as const, dimensionId: id });

describe('evidence tags and their counts', () => {
  it('lets excerpts inherit their source’s tags until they have their own in that dimension', async () => {
    const { app, e, type, use, v } = await handWorkedLab();
    const tags = await app.call('evidence.excerptTags', { excerptIds: [e.e1.id, e.e2.id, e.e4.id] });
    expect(tags[e.e1.id]).toEqual([{ valueId: v(type, 'research'), dimensionId: type.id, inherited: true }]);
    expect(tags[e.e2.id]).toEqual([{ valueId: v(type, 'practice'), dimensionId: type.id, inherited: false }]);
    expect(tags[e.e4.id]!.map((t) => t.valueId).sort()).toEqual([v(type, 'sector-data'), v(type, 'practice')].sort());
    // A tag in another dimension leaves the inherited type in place.
    await app.call('evidence.tagExcerpts', { excerptIds: [e.e1.id, e.e3.id], add: [v(use, 'instrumental')] });
    const after = await app.call('evidence.excerptTags', { excerptIds: [e.e1.id] });
    expect(after[e.e1.id]!.map((t) => [t.valueId, t.inherited])).toEqual(
      expect.arrayContaining([[v(use, 'instrumental'), false], [v(type, 'research'), true]]),
    );
    // Clearing its own types makes e2 inherit Research again; undo restores Practice.
    await app.call('evidence.tagExcerpts', { excerptIds: [e.e2.id], clearDimension: type.id });
    expect((await app.call('evidence.excerptTags', { excerptIds: [e.e2.id] }))[e.e2.id]).toEqual([{ valueId: v(type, 'research'), dimensionId: type.id, inherited: true }]);
    await app.call('history.undo', {});
    expect((await app.call('evidence.excerptTags', { excerptIds: [e.e2.id] }))[e.e2.id]![0]!.valueId).toBe(v(type, 'practice'));
  });

  it('counts type × phase, type × top-level code and sector × type as worked by hand', async () => {
    const { app, type } = await handWorkedLab();
    const byPhase = await app.call('analysis.crossTable', { rows: typeAxis(app, type.id), cols: { kind: 'phase' } });
    expect(cells(byPhase)).toEqual({
      'Research evidence|Iteration 1': 3,
      'Practice-informed advice|Iteration 1': 1,
      'Practice-informed advice|Iteration 2': 1,
      'Sector-generated data|Iteration 2': 1,
    });
    expect(byPhase.total).toBe(5);
    const byCode = await app.call('analysis.crossTable', { rows: typeAxis(app, type.id), cols: { kind: 'topCode' } });
    expect(cells(byCode)).toEqual({
      'Research evidence|Finance': 2,
      'Research evidence|Delivery': 1,
      'Practice-informed advice|Delivery': 1,
      'Practice-informed advice|Finance': 1,
      'Sector-generated data|Finance': 1,
    });
    const bySector = await app.call('analysis.crossTable', { rows: { kind: 'sector' }, cols: typeAxis(app, type.id) });
    expect(cells(bySector)).toEqual({
      'Government|Research evidence': 2,
      'Implementer|Research evidence': 1,
      'Implementer|Practice-informed advice': 1,
      'Unknown speaker|Practice-informed advice': 1,
      'Unknown speaker|Sector-generated data': 1,
    });
    expect(bySector.rowTotals).toMatchObject({ government: 2, implementer: 2, '': 1 });
  });

  it('clicks a cell through to exactly its excerpts', async () => {
    const { app, type, v, e } = await handWorkedLab();
    const ids = await app.call('analysis.cell', { rows: typeAxis(app, type.id), cols: { kind: 'topCode' }, row: v(type, 'research'), col: (await app.call('codes.list', {})).find((c) => c.name === 'Finance')!.id });
    expect(ids.sort()).toEqual([e.e1.id, e.e5.id].sort());
    const list = await app.call('excerpts.query', { filter: { excerptIds: ids } });
    expect(list.excerpts.map((x) => x.text).sort()).toEqual(['We pay coaches from the county budget.', 'the lesson plans'].sort());
  });

  it('clicks a row, a column and the grand total through to as many excerpts as they count', async () => {
    const { app, type } = await handWorkedLab();
    const rows = typeAxis(app, type.id);
    const cols = { kind: 'topCode' } as const;
    const table = await app.call('analysis.crossTable', { rows, cols });
    for (const row of table.rows) {
      expect(await app.call('analysis.cell', { rows, cols, row: row.key, col: null })).toHaveLength(table.rowTotals[row.key] ?? 0);
    }
    for (const col of table.cols) {
      expect(await app.call('analysis.cell', { rows, cols, row: null, col: col.key })).toHaveLength(table.colTotals[col.key] ?? 0);
    }
    expect(await app.call('analysis.cell', { rows, cols, row: null, col: null })).toHaveLength(table.total);
  });

  it('counts code co-occurrence by overlap and by speaker turn', async () => {
    const { app, codes, e } = await handWorkedLab();
    const overlap = await app.call('analysis.cooccurrence', { mode: 'overlap' });
    expect(cells(overlap)).toEqual({ 'Delivery|Budget': 1, 'Budget|Delivery': 1 });
    const turn = await app.call('analysis.cooccurrence', { mode: 'turn' });
    expect(cells(turn)).toEqual({ 'Delivery|Budget': 2, 'Budget|Delivery': 2 });
    const through = await app.call('analysis.cooccurrenceCell', { rowCodeId: codes.delivery.id, colCodeId: codes.budget.id, mode: 'overlap' });
    expect(through.sort()).toEqual([e.e2.id, e.e5.id].sort());
    // Totals: the row code's excerpts that meet another code; every such excerpt.
    for (const mode of ['overlap', 'turn'] as const) {
      const table = await app.call('analysis.cooccurrence', { mode });
      for (const [code, n] of Object.entries(table.rowTotals)) {
        expect(await app.call('analysis.cooccurrenceCell', { rowCodeId: code, colCodeId: null, mode })).toHaveLength(n);
      }
      expect(await app.call('analysis.cooccurrenceCell', { rowCodeId: null, colCodeId: null, mode })).toHaveLength(table.total);
    }
    expect(await app.call('analysis.cooccurrenceCell', { rowCodeId: codes.delivery.id, colCodeId: null, mode: 'overlap' })).toEqual([e.e2.id]);
    // A filter narrows both sides: without the Budget excerpt, Delivery meets nothing.
    expect(cells(await app.call('analysis.cooccurrence', { mode: 'overlap', filter: { excerptIds: [e.e2.id, e.e5.id] } }))).toEqual(cells(overlap));
    expect(cells(await app.call('analysis.cooccurrence', { mode: 'overlap', filter: { excerptIds: [e.e2.id] } }))).toEqual({});
    expect(await app.call('analysis.cooccurrenceCell', { rowCodeId: codes.delivery.id, colCodeId: codes.budget.id, mode: 'overlap', filter: { excerptIds: [e.e2.id] } })).toEqual([]);
  });

  it('filters excerpt lists by any combination, and saved queries re-run on live data', async () => {
    const { app, codes, type, v, e } = await handWorkedLab();
    const filter = { codeIds: [codes.finance.id], evidence: [v(type, 'research')], sectors: ['government' as const] };
    expect((await app.call('excerpts.query', { filter })).excerpts.map((x) => x.excerptId)).toEqual([e.e1.id]);
    const saved = await app.call('queries.save', { name: 'Government research on finance', filter });
    await app.call('evidence.tagExcerpts', { excerptIds: [e.e1.id], add: [v(type, 'pedagogical')] });
    const [again] = await app.call('queries.list', {});
    expect(again!.id).toBe(saved.id);
    expect((await app.call('excerpts.query', { filter: again!.filter })).total).toBe(0);
    const anyOfTwo = { evidence: [v(type, 'research'), v(type, 'pedagogical')] };
    expect((await app.call('excerpts.query', { filter: anyOfTwo })).total).toBe(3);
  });

  it('keeps memos searchable and linked to excerpts', async () => {
    const { app, e } = await handWorkedLab();
    const lab = await app.call('lab.get', {});
    const memo = await app.call('memos.create', { title: 'Journal, iteration 1', body: '<p>The county <b>budget</b> line is the turning point.</p>', targetKind: 'lab', targetId: lab.id });
    expect(memo.bodyText).toBe('The county budget line is the turning point.');
    await app.call('memos.link', { id: memo.id, excerptIds: [e.e1.id] });
    expect((await app.call('memos.list', { q: 'turning' }))[0]).toMatchObject({ id: memo.id, excerptIds: [e.e1.id] });
    // Deleting the excerpt unlinks it; the memo stays.
    await app.call('excerpts.delete', { ids: [e.e1.id] });
    expect((await app.call('memos.list', {}))[0]!.excerptIds).toEqual([]);
  });
});
