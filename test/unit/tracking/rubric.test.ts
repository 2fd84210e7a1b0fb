import { describe, expect, it } from 'vitest';
import { appWithLab, type TestApp } from '../../helpers/temp';
import { addSource, docFrom } from '../../helpers/sources';
import { snapshot } from './tracking-lab';

async function excerpts(app: TestApp) {
  const sourceId = addSource(app, 'interview.txt', docFrom([['Amina', 'The county now pays the coaches.'], ['Baraka', 'Head teachers ask for the data every term.']]));
  const code = await app.call('codes.create', { code: { name: 'Finance' } });
  const { text } = await app.call('sources.get', { id: sourceId });
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const pays = await app.call('excerpts.code', { sourceId, ...at('The county now pays the coaches.'), codeIds: [code.id] });
  const data = await app.call('excerpts.code', { sourceId, ...at('Head teachers ask for the data every term.'), codeIds: [code.id] });
  return { pays, data };
}

describe('the scaling rubric', () => {
  it('starts with the 14 core ingredients in their four groups and a 1–4 scale with descriptors', async () => {
    const app = await appWithLab();
    const g = await app.call('rubric.grid', {});
    expect(g.items).toHaveLength(14);
    const groups = [...new Set(g.items.map((i) => i.group))];
    expect(groups.map((k) => [k, g.items.filter((i) => i.group === k).length])).toEqual([
      ['Design', 3],
      ['Delivery', 4],
      ['Finance', 3],
      ['Enabling environment', 4],
    ]);
    expect(g.items[0]).toMatchObject({ label: 'Local education needs', key: 'local-education-needs', description: expect.stringMatching(/learning need/) });
    expect(g.scale.map((l) => [l.value, l.label])).toEqual([[1, 'Nascent'], [2, 'Emerging'], [3, 'Established'], [4, 'Strong']]);
    expect(g.scale.every((l) => l.descriptor.length > 20)).toBe(true);
    expect(g.timePoints).toEqual(['baseline', 'midline', 'endline']);
  });

  /**
   * Baseline: Cost-effective learning 2, Better data 1, Elevating teachers 3, Technological advances not applicable
   *   → mean (2 + 1 + 3) / 3 = 2.0 over 3 scored; Finance group 2.0; Enabling environment 1.0.
   * Midline: Cost-effective learning 3, Better data 3, Elevating teachers 3 → mean 3.0.
   */
  it('scores ingredients per time point with rationale and excerpts, and gives the grid and means', async () => {
    const app = await appWithLab();
    const { pays, data } = await excerpts(app);
    const g = await app.call('rubric.grid', {});
    const item = (label: string) => g.items.find((i) => i.label === label)!.id;
    await app.call('rubric.score', { itemId: item('Cost-effective learning'), timePoint: 'baseline', score: 2, rationale: 'Costed, not budgeted.', excerptIds: [pays.id] });
    await app.call('rubric.score', { itemId: item('Better data'), timePoint: 'baseline', score: 1, excerptIds: [data.id] });
    await app.call('rubric.score', { itemId: item('Elevating teachers'), timePoint: 'baseline', score: 3 });
    await app.call('rubric.score', { itemId: item('Technological advances'), timePoint: 'baseline', notApplicable: true, rationale: 'No technology in this model.' });
    await app.call('rubric.score', { itemId: item('Cost-effective learning'), timePoint: 'midline', score: 3, excerptIds: [pays.id] });
    await app.call('rubric.score', { itemId: item('Better data'), timePoint: 'midline', score: 3, excerptIds: [data.id, pays.id] });
    await app.call('rubric.score', { itemId: item('Elevating teachers'), timePoint: 'midline', score: 3 });
    const grid = await app.call('rubric.grid', {});
    expect(grid.means).toEqual([
      { timePoint: 'baseline', mean: 2, scored: 3, notApplicable: 1 },
      { timePoint: 'midline', mean: 3, scored: 3, notApplicable: 0 },
      { timePoint: 'endline', mean: null, scored: 0, notApplicable: 0 },
    ]);
    expect(grid.groupMeans.filter((m) => m.timePoint === 'baseline').map((m) => [m.group, m.mean])).toEqual([
      ['Design', 2],
      ['Delivery', 3],
      ['Finance', null],
      ['Enabling environment', 1],
    ]);
    const cell = grid.scores.find((s) => s.itemId === item('Better data') && s.timePoint === 'midline')!;
    expect(cell).toMatchObject({ score: 3, notApplicable: false });
    expect(cell.excerptIds.sort()).toEqual([data.id, pays.id].sort());
    expect(grid.scores.find((s) => s.itemId === item('Technological advances'))).toMatchObject({ score: null, notApplicable: true, rationale: 'No technology in this model.' });
  });

  it('refuses a score off the scale, a score on a not-applicable cell and a missing excerpt, naming the field', async () => {
    const app = await appWithLab();
    const { items } = await app.call('rubric.grid', {});
    const itemId = items[0]!.id;
    const before = snapshot(app);
    await expect(app.call('rubric.score', { itemId, timePoint: 'baseline', score: 5 })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: 'score: 5 is not on the lab’s scale (1, 2, 3, 4)' });
    await expect(app.call('rubric.score', { itemId, timePoint: 'baseline', score: 2, notApplicable: true })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('score: an ingredient marked not applicable') });
    await expect(app.call('rubric.score', { itemId, timePoint: 'baseline', score: 2, excerptIds: ['00000000-0000-4000-8000-000000000000'] })).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('excerptIds') });
    await expect(app.call('rubric.score', { itemId, timePoint: 'later' as never, score: 2 })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('timePoint') });
    expect(snapshot(app)).toEqual(before);
  });

  it('lets the lab define its scale, but not drop a value a score uses', async () => {
    const app = await appWithLab();
    const { items } = await app.call('rubric.grid', {});
    await app.call('rubric.score', { itemId: items[0]!.id, timePoint: 'baseline', score: 4 });
    const three = [
      { value: 1, label: 'Weak', descriptor: 'Hardly present.' },
      { value: 2, label: 'Partial' },
      { value: 3, label: 'Strong' },
    ];
    await expect(app.call('rubric.setScale', { levels: three })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/^levels: a score uses a value the new scale lacks \(Local education needs at baseline: 4\)/) });
    await app.call('rubric.score', { itemId: items[0]!.id, timePoint: 'baseline', score: 3 });
    const g = await app.call('rubric.setScale', { levels: three });
    expect(g.scale).toEqual([{ value: 1, label: 'Weak', descriptor: 'Hardly present.' }, { value: 2, label: 'Partial', descriptor: '' }, { value: 3, label: 'Strong', descriptor: '' }]);
    await expect(app.call('rubric.setScale', { levels: [{ value: 1, label: 'A' }, { value: 1, label: 'B' }] })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('same value') });
    await app.call('history.undo', {});
    expect((await app.call('rubric.grid', {})).scale.map((l) => l.label)).toEqual(['Nascent', 'Emerging', 'Established', 'Strong']);
  });

  it('edits, adds and removes ingredients; clearing a cell removes it; undo brings scores back', async () => {
    const app = await appWithLab();
    const { items } = await app.call('rubric.grid', {});
    const edited = await app.call('rubric.updateItem', { id: items[0]!.id, patch: { guide: { '1': 'No needs assessment', '4': 'Needs data drive the plan' } } });
    expect(edited).toMatchObject({ label: 'Local education needs', group: 'Design', guide: { '1': 'No needs assessment' } });
    await expect(app.call('rubric.updateItem', { id: items[0]!.id, patch: { guide: { '7': 'x' } } })).rejects.toMatchObject({ message: 'guide: 7 is not a level of the lab’s scale' });
    const own = await app.call('rubric.createItem', { item: { label: 'Community ownership', group: 'Lab’s own' } });
    expect(own).toMatchObject({ key: 'community-ownership', position: 14 });
    await app.call('rubric.score', { itemId: own.id, timePoint: 'baseline', score: 2, rationale: 'x' });
    expect(await app.call('rubric.score', { itemId: own.id, timePoint: 'baseline' })).toBeNull();
    expect((await app.call('rubric.grid', {})).scores).toEqual([]);
    await app.call('history.undo', {});
    await app.call('rubric.deleteItem', { id: own.id });
    expect((await app.call('rubric.grid', {})).items).toHaveLength(14);
    await app.call('history.undo', {});
    const back = await app.call('rubric.grid', {});
    expect(back.items).toHaveLength(15);
    expect(back.scores.map((s) => [s.itemId, s.score])).toEqual([[own.id, 2]]);
  });

  it('hides a link to a deleted excerpt, and shows it again when the deletion is undone', async () => {
    const app = await appWithLab();
    const { pays } = await excerpts(app);
    const { items } = await app.call('rubric.grid', {});
    await app.call('rubric.score', { itemId: items[1]!.id, timePoint: 'baseline', score: 2, excerptIds: [pays.id] });
    await app.call('excerpts.delete', { ids: [pays.id] });
    expect((await app.call('rubric.grid', {})).scores[0]!.excerptIds).toEqual([]);
    await app.call('history.undo', {});
    expect((await app.call('rubric.grid', {})).scores[0]!.excerptIds).toEqual([pays.id]);
  });
});
