import { describe, expect, it } from 'vitest';
import { appWithLab, type TestApp } from '../../helpers/temp';
import { sheet, snapshot } from './tracking-lab';

async function people(app: TestApp) {
  const make = (displayName: string, group: 'lab' | 'comparison', email = '') => app.call('participants.create', { participant: { displayName, group, email } });
  return {
    amina: await make('Amina Odhiambo', 'lab', 'amina@county.go.ke'),
    baraka: await make('Baraka Mwangi', 'lab'),
    chege: await make('Chege Otieno', 'lab'),
    dina: await make('Dina Wekesa', 'comparison', 'dina@school.org'),
    esther: await make('Esther Kamau', 'comparison'),
  };
}

const BASELINE = {
  source: { path: sheet('survey-baseline.xlsx') },
  timePoint: 'baseline' as const,
  columns: [
    { column: 'Email', field: 'email' as const },
    { column: 'Name', field: 'name' as const },
    { column: 'Timestamp', field: 'skip' as const },
  ],
};

describe('survey import', () => {
  it('matches rows by email and by name (case and spacing ignored), and holds back an unmatched row for review', async () => {
    const app = await appWithLab();
    const p = await people(app);
    const before = snapshot(app);
    const r = await app.call('surveys.importSheet', BASELINE);
    expect(r).toMatchObject({ ok: false, stored: false, unmatched: 1, errors: [] });
    expect(r.respondents.map((x) => [x.row, x.status, x.participantId, x.matchedBy])).toEqual([
      [2, 'matched', p.amina.id, 'email'],
      [3, 'matched', p.baraka.id, 'name'],
      [4, 'matched', p.chege.id, 'name'],
      [5, 'matched', p.dina.id, 'email'],
      [6, 'matched', p.esther.id, 'name'],
      [7, 'unmatched', null, null],
    ]);
    expect(r.respondents[5]!.given).toEqual({ id: '', email: '', name: 'Peter Njoroge' });
    expect(r.items.map((i) => [i.letter, i.header, i.kind, i.isNew])).toEqual([
      ['D', 'Satisfaction (1-5)', 'numeric', true],
      ['E', 'Scaling knowledge (1-5)', 'numeric', true],
      ['F', 'What do you hope to learn?', 'text', true],
    ]);
    expect(snapshot(app)).toEqual(before);
  });

  it('stores the import once the unmatched row is resolved, as one undoable step', async () => {
    const app = await appWithLab();
    const p = await people(app);
    const r = await app.call('surveys.importSheet', {
      ...BASELINE,
      resolutions: [{ row: 7, action: 'create', participant: { displayName: 'Peter Njoroge', group: 'comparison' } }],
    });
    expect(r).toMatchObject({ ok: true, stored: true, unmatched: 0, answers: 15, replaced: 0 });
    const peter = (await app.call('participants.list', {})).find((x) => x.displayName === 'Peter Njoroge')!;
    expect(r.respondents[5]).toMatchObject({ status: 'created', participantId: peter.id });
    expect(peter.group).toBe('comparison');
    const items = await app.call('surveys.items', {});
    expect(items.map((i) => [i.label, i.kind, i.answers])).toEqual([
      ['Satisfaction (1-5)', 'numeric', 6],
      ['Scaling knowledge (1-5)', 'numeric', 6],
      ['What do you hope to learn?', 'text', 3],
    ]);
    const amina = await app.call('surveys.answers', { participantId: p.amina.id });
    expect(amina.map((a) => [a.valueNum, a.valueText])).toEqual([[3, '3'], [2, '2'], [null, 'How to cost the coaching model']]);
    await app.call('history.undo', {});
    expect(await app.call('surveys.items', {})).toEqual([]);
    expect((await app.call('participants.list', {})).some((x) => x.displayName === 'Peter Njoroge')).toBe(false);
  });

  it('can skip or map an unmatched row instead', async () => {
    const app = await appWithLab();
    const p = await people(app);
    const skipped = await app.call('surveys.importSheet', { ...BASELINE, resolutions: [{ row: 7, action: 'skip' }], dryRun: true });
    expect(skipped).toMatchObject({ ok: true, stored: false, answers: 12 });
    const mapped = await app.call('surveys.importSheet', { ...BASELINE, resolutions: [{ row: 7, action: 'map', participantId: p.esther.id }] });
    expect(mapped.errors).toEqual(['row 7: Esther Kamau already answered in row 6']);
    expect(mapped.stored).toBe(false);
  });

  it('reports a non-number in a numeric question by row and stores nothing', async () => {
    const app = await appWithLab();
    await people(app);
    const csv = 'Name,Knowledge\nAmina Odhiambo,4\nBaraka Mwangi,3\nChege Otieno,5\nDina Wekesa,2\nEsther Kamau,n/a\n';
    const before = snapshot(app);
    const r = await app.call('surveys.importSheet', {
      source: { file: { name: 'midline.csv', data: Buffer.from(csv).toString('base64') } },
      timePoint: 'midline',
      columns: [{ column: 'Name', field: 'name' }],
    });
    expect(r.errors).toEqual(['row 6: “Knowledge” value “n/a” is not a number']);
    expect(snapshot(app)).toEqual(before);
  });

  it('offers likely participants for an unmatched row', async () => {
    const app = await appWithLab();
    const p = await people(app);
    const csv = 'Name,Knowledge\nA. Odhiambo,4\n';
    const r = await app.call('surveys.importSheet', {
      source: { file: { name: 'x.csv', data: Buffer.from(csv).toString('base64') } },
      timePoint: 'midline',
      columns: [{ column: 'Name', field: 'name' }],
    });
    expect(r.respondents[0]).toMatchObject({ status: 'unmatched', message: 'matches no participant; perhaps Amina Odhiambo' });
    expect(r.respondents[0]!.candidates.map((c) => c.participantId)).toEqual([p.amina.id]);
  });
});

/**
 * Change in “Scaling knowledge (1-5)”, worked by hand:
 *   baseline  lab: Amina 2, Baraka 3, Chege 1 → mean 2.0 (n 3)   comparison: Dina 2, Esther 3, Peter 4 → mean 3.0 (n 3)
 *   midline   lab: Amina 4, Baraka 4 → mean 4.0 (n 2)            comparison: Dina 2, Esther 4, Peter 3 → mean 3.0 (n 3)
 *   change baseline → midline: lab +2.0, comparison 0.0; the lab changed 2.0 more than the comparison group.
 *   No endline yet: every change involving the endline is null.
 * Satisfaction: lab 3, 4, 2 → 3.0 then 4, 5 → 4.5 (+1.5); comparison 2, 3, 4 → 3.0 then 2, 3, 4 → 3.0 (0).
 */
describe('survey change between time points', () => {
  it('gives means per group and time point and the change, worked by hand', async () => {
    const app = await appWithLab();
    await people(app);
    await app.call('surveys.importSheet', { ...BASELINE, resolutions: [{ row: 7, action: 'create', participant: { displayName: 'Peter Njoroge', group: 'comparison' } }] });
    const mid = await app.call('surveys.importSheet', { source: { path: sheet('survey-midline.csv') }, timePoint: 'midline', columns: [{ column: 'Name', field: 'name' }] });
    expect(mid).toMatchObject({ ok: true, stored: true, answers: 10 });
    expect(mid.items.every((i) => !i.isNew)).toBe(true);
    const changes = await app.call('surveys.change', {});
    expect(changes.map((c) => c.label)).toEqual(['Satisfaction (1-5)', 'Scaling knowledge (1-5)']);
    const knowledge = changes[1]!;
    const [lab, comparison] = knowledge.groups;
    expect(lab!.points).toEqual([
      { timePoint: 'baseline', n: 3, mean: 2 },
      { timePoint: 'midline', n: 2, mean: 4 },
      { timePoint: 'endline', n: 0, mean: null },
    ]);
    expect(comparison!.points.map((x) => [x.n, x.mean])).toEqual([[3, 3], [3, 3], [0, null]]);
    expect(lab!.changes).toEqual([
      { from: 'baseline', to: 'midline', change: 2 },
      { from: 'midline', to: 'endline', change: null },
      { from: 'baseline', to: 'endline', change: null },
    ]);
    expect(comparison!.changes[0]!.change).toBe(0);
    expect(knowledge.difference[0]).toEqual({ from: 'baseline', to: 'midline', change: 2 });
    const satisfaction = changes[0]!;
    expect(satisfaction.groups[0]!.changes[0]!.change).toBe(1.5);
    expect(satisfaction.difference[0]!.change).toBe(1.5);
  });

  it('replaces a respondent’s earlier answers when the same time point is imported again', async () => {
    const app = await appWithLab();
    const p = await people(app);
    const csv = (k: number) => Buffer.from(`Name,Knowledge\nAmina Odhiambo,${k}\n`).toString('base64');
    const input = (k: number) => ({ source: { file: { name: 'k.csv', data: csv(k) } }, timePoint: 'endline' as const, columns: [{ column: 'Name', field: 'name' as const }] });
    await app.call('surveys.importSheet', input(2));
    const again = await app.call('surveys.importSheet', input(5));
    expect(again).toMatchObject({ stored: true, replaced: 1 });
    expect((await app.call('surveys.answers', { participantId: p.amina.id, timePoint: 'endline' })).map((a) => a.valueNum)).toEqual([5]);
  });
});
