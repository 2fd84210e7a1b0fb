import { describe, expect, it } from 'vitest';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

async function labWithText() {
  const app = await appWithLab();
  const sourceId = addSource(app, 'a.txt', docFrom([['Interviewer', 'What changed this year?'], ['Amina', 'The county took over the coaching budget. Teachers now meet monthly.']]));
  return { app, sourceId };
}

describe('the codebook', () => {
  it('keeps a hierarchy, and counts excerpts and sources including children, each excerpt once', async () => {
    const { app, sourceId } = await labWithText();
    const finance = await app.call('codes.create', { code: { name: 'Finance' } });
    const budget = await app.call('codes.create', { code: { name: 'Government budget', parentId: finance.id } });
    const text = (await app.call('sources.get', { id: sourceId })).text;
    const s = text.indexOf('The county');
    const e1 = await app.call('excerpts.code', { sourceId, start: s, end: s + 42, codeIds: [finance.id, budget.id] });
    await app.call('excerpts.code', { sourceId, start: text.indexOf('Teachers'), end: text.length, codeIds: [budget.id] });
    const codes = await app.call('codes.list', {});
    const f = codes.find((c) => c.id === finance.id)!;
    const b = codes.find((c) => c.id === budget.id)!;
    expect([f.excerptCount, f.totalExcerptCount, f.totalSourceCount]).toEqual([1, 2, 1]);
    expect([b.excerptCount, b.totalExcerptCount]).toEqual([2, 2]);
    expect(e1.codes.map((c) => c.codeId).sort()).toEqual([finance.id, budget.id].sort());
  });

  it('refuses two codes of the same name under one parent, allows it under different parents', async () => {
    const { app } = await labWithText();
    const design = await app.call('codes.create', { code: { name: 'Design' } });
    const delivery = await app.call('codes.create', { code: { name: 'Delivery' } });
    await app.call('codes.create', { code: { name: 'Adaptation', parentId: design.id } });
    await app.call('codes.create', { code: { name: 'adaptation', parentId: delivery.id } });
    await expect(app.call('codes.create', { code: { name: 'ADAPTATION', parentId: design.id } })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('moves a code under another and refuses to move a code inside itself', async () => {
    const { app } = await labWithText();
    const a = await app.call('codes.create', { code: { name: 'A' } });
    const b = await app.call('codes.create', { code: { name: 'B', parentId: a.id } });
    const c = await app.call('codes.create', { code: { name: 'C' } });
    await expect(app.call('codes.move', { id: a.id, parentId: b.id })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const moved = await app.call('codes.move', { id: c.id, parentId: a.id, position: 0 });
    expect(moved.parentId).toBe(a.id);
    const kids = (await app.call('codes.list', {})).filter((x) => x.parentId === a.id).sort((x, y) => x.position - y.position);
    expect(kids.map((k) => k.name)).toEqual(['C', 'B']);
    await app.call('history.undo', {});
    expect((await app.call('codes.list', {})).find((x) => x.id === c.id)!.parentId).toBeNull();
  });

  it('merges two codes without losing an excerpt, and undo separates them again', async () => {
    const { app, sourceId } = await labWithText();
    const text = (await app.call('sources.get', { id: sourceId })).text;
    const x = await app.call('codes.create', { code: { name: 'Bottleneck' } });
    const y = await app.call('codes.create', { code: { name: 'Barrier' } });
    const child = await app.call('codes.create', { code: { name: 'Funding gap', parentId: y.id } });
    const both = await app.call('excerpts.code', { sourceId, start: 0, end: 10, codeIds: [x.id, y.id] });
    const onlyY = await app.call('excerpts.code', { sourceId, start: text.indexOf('Teachers'), end: text.length, codeIds: [y.id] });
    expect(await app.call('codes.merge', { fromId: y.id, intoId: x.id })).toEqual({ moved: 1, alreadyThere: 1 });
    const codes = await app.call('codes.list', {});
    expect(codes.find((c) => c.id === y.id)).toBeUndefined();
    expect(codes.find((c) => c.id === child.id)!.parentId).toBe(x.id);
    const retrieved = await app.call('excerpts.retrieve', { codeId: x.id, includeChildren: false });
    expect(retrieved.excerpts.map((e) => e.excerptId).sort()).toEqual([both.id, onlyY.id].sort());
    await app.call('history.undo', {});
    expect((await app.call('excerpts.retrieve', { codeId: y.id, includeChildren: false })).total).toBe(2);
  });

  it('deletes a code with its children and codings; excerpts left uncoded go; undo restores all', async () => {
    const { app, sourceId } = await labWithText();
    const a = await app.call('codes.create', { code: { name: 'A' } });
    const b = await app.call('codes.create', { code: { name: 'B', parentId: a.id } });
    const keep = await app.call('codes.create', { code: { name: 'Keep' } });
    await app.call('excerpts.code', { sourceId, start: 0, end: 10, codeIds: [b.id] });
    await app.call('excerpts.code', { sourceId, start: 12, end: 20, codeIds: [a.id, keep.id] });
    expect(await app.call('codes.delete', { id: a.id })).toEqual({ codes: 2, codings: 2 });
    expect((await app.call('sources.get', { id: sourceId })).excerpts).toHaveLength(1);
    await app.call('history.undo', {});
    expect((await app.call('sources.get', { id: sourceId })).excerpts).toHaveLength(2);
    expect(await app.call('codes.list', {})).toHaveLength(3);
  });

  it('imports a codebook tree, reusing codes that exist, and exports it back', async () => {
    const { app } = await labWithText();
    await app.call('codes.create', { code: { name: 'Design' } });
    const book = { name: 'Mini', codes: [{ name: 'Design', children: [{ name: 'Simplicity', definition: 'Easy to adopt' }] }, { name: 'Finance' }] };
    expect(await app.call('codebook.import', { codebook: book })).toEqual({ created: 2, skipped: 1 });
    const exported = await app.call('codebook.export', {});
    expect(exported.codes.map((c) => c.name)).toEqual(['Design', 'Finance']);
    expect(exported.codes[0]!.children![0]).toMatchObject({ name: 'Simplicity', definition: 'Easy to adopt' });
  });
});
