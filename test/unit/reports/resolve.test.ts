import { describe, expect, it } from 'vitest';
import type { ResolvedBlock } from '../../../src/shared/domain/report';
import { reportLab, writtenReport } from './report-lab';

function only<K extends ResolvedBlock['kind']>(blocks: Record<string, ResolvedBlock>, kind: K): Extract<ResolvedBlock, { kind: K }>[] {
  return Object.values(blocks).filter((b): b is Extract<ResolvedBlock, { kind: K }> => b.kind === kind);
}

describe('live blocks resolved on the lab as it is now', () => {
  it('gives each quote its text, speaker by pseudonym, source and citation, and flags changed and deleted excerpts', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const people = await app.call('participants.list', {});
    const amina = people.find((p) => p.displayName === 'Amina Wanjiru')!;
    const jose = people.find((p) => p.displayName === 'José Muñoz')!;
    let [q1, q2] = only((await app.call('reports.resolve', { id: r.id })).blocks, 'quote');
    expect(q1).toMatchObject({
      status: 'current',
      excerptId: excerpts.q1,
      text: `We moved the coaches onto the county payroll in March, after ${jose.pseudonym} showed us the costs.`,
      speaker: { label: amina.pseudonym, name: amina.pseudonym, role: 'County Director of Education', sector: 'government' },
      source: { title: `Interview with ${amina.pseudonym}`, date: '2026-03-12', kind: 'interview' },
      attribution: `${amina.pseudonym}, County Director of Education (government)`,
      citation: `Interview with ${amina.pseudonym}, 12 March 2026. Speaker: ${amina.pseudonym}, County Director of Education (government).`,
    });
    expect(q2!.text).toBe(`${amina.pseudonym}’s team now meets the head teachers every month`);
    // Real names, when asked for.
    const real = only((await app.call('reports.resolve', { id: r.id, realNames: true })).blocks, 'quote');
    expect(real[0]).toMatchObject({ speaker: { name: 'Amina Wanjiru' }, source: { title: 'Interview with Amina Wanjiru' } });
    expect(real[0]!.text).toContain('after José Muñoz showed us');

    // The excerpt grows by a word: the quote shows the new text and says it changed since it was inserted.
    const { text } = await app.call('sources.get', { id: (await app.call('excerpts.query', {})).excerpts[0]!.sourceId });
    const start = text.indexOf('Amina’s team');
    await app.call('excerpts.update', { id: excerpts.q2, start, end: text.indexOf('; that is what') + '; that is what changed'.length });
    // The excerpt is deleted: the quote keeps the text as inserted, with its source and speaker as they were.
    await app.call('excerpts.delete', { ids: [excerpts.q1] });
    [q1, q2] = only((await app.call('reports.resolve', { id: r.id })).blocks, 'quote');
    expect(q2).toMatchObject({ status: 'changed', insertedText: `${amina.pseudonym}’s team now meets the head teachers every month` });
    expect(q2!.text).toMatch(/every month; that is what changed$/);
    expect(q1).toMatchObject({ status: 'deleted', source: null, attribution: amina.pseudonym });
    expect(q1!.text).toContain(`after ${jose.pseudonym} showed us`);
    expect(q1!.citation).toBe(`Interview with ${amina.pseudonym}, 12 March 2026. Speaker: ${amina.pseudonym}.`);
    // Undoing the deletion makes it current again.
    await app.call('history.undo', {});
    expect(only((await app.call('reports.resolve', { id: r.id })).blocks, 'quote')[0]!.status).toBe('current');
  });

  it('fills tables and charts from the lab, pseudonymised, scoped to the report’s iteration', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const amina = (await app.call('participants.list', {})).find((p) => p.displayName === 'Amina Wanjiru')!;
    const { blocks } = await app.call('reports.resolve', { id: r.id });
    const targets = blocks['targets-table'];
    expect(targets).toMatchObject({ kind: 'liveTable', title: 'Targets and quick measures', error: null });
    if (targets?.kind !== 'liveTable') throw new Error('not a table');
    expect(targets.table.columns.map((c) => c.label)).toEqual(['Target', 'Owner', 'Status', 'Measure', 'Latest', 'Target value', 'Progress']);
    expect(targets.table.rows).toEqual([
      ['Coaches on the county payroll in all sub-counties', amina.pseudonym, 'in progress', 'Sub-counties paying coaches', '4 sub-counties (2026-05-01)', '6 sub-counties', '60%'],
    ]);
    const preview = (node: object) => app.call('reports.preview', { node: node as never, phaseId: iteration });
    const participation = await preview({ type: 'liveTable', attrs: { kind: 'participation' } });
    if (participation.kind !== 'liveTable') throw new Error('not a table');
    expect(participation.table.rows[0]).toEqual(['Initial convening', expect.any(String), 1, 2, '50%', 0]);
    const chart = await preview({ type: 'liveChart', attrs: { kind: 'rubric' } });
    expect(chart).toMatchObject({ kind: 'liveChart', chart: { unit: 'score', max: 4, series: [{ name: 'Baseline' }, { name: 'Midline' }] } });
    // The editor's batch: answers in order, even for nodes that share an id (a pasted copy) or have none.
    const many = await app.call('reports.previewMany', {
      nodes: [
        { type: 'liveChart', attrs: { id: 'same', kind: 'rubric' } },
        { type: 'liveTable', attrs: { id: 'same', kind: 'participation' } },
        { type: 'liveTable', attrs: { kind: 'targets' } },
      ],
      phaseId: iteration,
    });
    expect(many.map((b) => b.kind)).toEqual(['liveChart', 'liveTable', 'liveTable']);
    expect(many[1]).toMatchObject({ table: participation.table });
    expect(many[2]).toMatchObject({ table: targets.table });
    await expect(app.call('reports.previewMany', { nodes: [{ type: 'paragraph' }], phaseId: iteration })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const rubric = await preview({ type: 'liveTable', attrs: { kind: 'rubric' } });
    if (rubric.kind !== 'liveTable') throw new Error('not a table');
    expect(rubric.table.rows[1]).toEqual(['Cost-effective learning', 'Design', 2, 3, null, '+1']);
    const matrix = await preview({ type: 'liveTable', attrs: { kind: 'crossTable', rows: { kind: 'code' }, cols: { kind: 'participant' } } });
    if (matrix.kind !== 'liveTable') throw new Error('not a table');
    expect(matrix.table.columns.map((c) => c.label)).toContain(amina.pseudonym);
    expect(JSON.stringify(matrix)).not.toContain('Amina');
    const freq = await preview({ type: 'liveTable', attrs: { kind: 'codeFrequencies' } });
    if (freq.kind !== 'liveTable') throw new Error('not a table');
    expect(freq.table.rows).toEqual([['Finance', 1, 1], ['Delivery', 1, 1]]);
    // A block that cannot be drawn says why, and the rest of the report still resolves.
    expect(await preview({ type: 'liveTable', attrs: { kind: 'crossTable' } })).toMatchObject({ error: 'A cross-table needs what its rows and its columns count by.' });
    await expect(preview({ type: 'paragraph' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('lists the excerpts of a saved query, and says so when the query is gone', async () => {
    const { app, codes } = await reportLab();
    const saved = await app.call('queries.save', { name: 'Finance quotes', filter: { codeIds: [codes.finance] } });
    const list = await app.call('reports.preview', { node: { type: 'excerptList', attrs: { savedQueryId: saved.id } } });
    expect(list).toMatchObject({ kind: 'excerptList', title: 'Finance quotes', total: 1, error: null });
    if (list.kind !== 'excerptList') throw new Error('not a list');
    expect(list.quotes[0]!.text).toMatch(/^We moved the coaches/);
    await app.call('queries.delete', { id: saved.id });
    expect(await app.call('reports.preview', { node: { type: 'excerptList', attrs: { savedQueryId: saved.id } } })).toMatchObject({ error: 'The saved query of this list was deleted; choose another.' });
  });
});
