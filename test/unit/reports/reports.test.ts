import { describe, expect, it } from 'vitest';
import type { PmNode, ReportBody } from '../../../src/shared/domain/report';
import { appWithLab } from '../../helpers/temp';
import { reportLab, writtenReport } from './report-lab';

const headings = (body: ReportBody, level = 1) =>
  body.content.filter((n) => n.type === 'heading' && n.attrs?.level === level).map((n) => n.content?.map((c) => c.text).join(''));

describe('reports in the store', () => {
  it('starts an iteration report from its template: the reflection questions, targets, participation, evidence, quotes, next steps', async () => {
    const app = await appWithLab('Kisumu Reading Lab');
    const { phases } = await app.call('timeline.get', {});
    const it1 = phases.find((p) => p.kind === 'iteration')!;
    const r = await app.call('reports.create', { kind: 'iteration', phaseId: it1.id });
    expect(r).toMatchObject({ kind: 'iteration', title: `Iteration report: ${it1.name}`, phaseId: it1.id });
    expect(headings(r.body)).toEqual([
      'Summary',
      'Progress against targets',
      'What worked and what did not work?',
      'What assumptions did we make?',
      'What lessons did we learn?',
      'Adjustments to the scaling plan',
      'How the lab worked',
      'Evidence base',
      'Key quotes',
      'Next steps',
    ]);
    expect(headings(r.body, 2)).toContain('Do we need to re-evaluate the scaling pathway?');
    const live = r.body.content.filter((n) => n.type === 'liveTable' || n.type === 'liveChart');
    expect(live.map((n) => n.attrs?.kind)).toEqual(['targets', 'targets', 'participation', 'evidenceTypePhase', 'evidenceTypePhase']);
    // Every live block has an id of its own.
    expect(new Set(live.map((n) => n.attrs?.id)).size).toBe(live.length);
    const templates = await app.call('reports.templates', {});
    expect(templates.map((t) => t.kind)).toEqual(['iteration', 'final']);
    await expect(app.call('reports.create', { kind: 'iteration' })).rejects.toThrow(/phaseId: an iteration report is about one phase/);
  });

  it('starts the final report from the lab profile and each iteration report’s summary', async () => {
    const app = await appWithLab('Kisumu Reading Lab');
    await app.call('lab.update', { patch: { problem: 'Children reach Grade 3 unable to read.', pathways: ['vertical'], approach: 'adaptation', initiatives: ['Tusome coaching'] } });
    const { phases } = await app.call('timeline.get', {});
    const [it1, it2] = phases.filter((p) => p.kind === 'iteration');
    const first = await app.call('reports.create', { kind: 'iteration', phaseId: it1!.id });
    const summary: PmNode = { type: 'paragraph', content: [{ type: 'text', text: 'Coaching moved onto the county payroll.' }] };
    const at = first.body.content.findIndex((n) => n.type === 'heading' && n.content?.[0]?.text === 'Summary');
    first.body.content.splice(at + 1, 1, summary);
    await app.call('reports.update', { id: first.id, patch: { body: first.body } });
    const final = await app.call('reports.create', { kind: 'final' });
    expect(final.title).toBe('Kisumu Reading Lab: how the initiative scaled');
    expect(headings(final.body)).toEqual([
      'Summary',
      'The initiative and the problem',
      'The scaling pathway',
      'The story, iteration by iteration',
      'What the evidence shows',
      'The scaling rubric from baseline to endline',
      'How the lab worked',
      'Lessons',
      'Recommendations',
    ]);
    const text = JSON.stringify(final.body);
    expect(text).toContain('Tusome coaching');
    expect(text).toContain('Children reach Grade 3 unable to read.');
    expect(text).toContain('Vertical scaling, by adaptation.');
    expect(headings(final.body, 2)[0]).toMatch(new RegExp(`^${it1!.name} \\(`));
    const story = final.body.content.findIndex((n) => n.type === 'heading' && n.content?.[0]?.text?.startsWith(it1!.name));
    expect(final.body.content[story + 1]).toEqual(summary);
    expect(JSON.stringify(final.body.content[story + 3])).toContain(`No iteration report for ${it2!.name} yet`);
  });

  it('lists, saves with undo, refuses a stale autosave, and deletes', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await writtenReport(app, iteration, excerpts.q1, excerpts.q2);
    const [summary] = await app.call('reports.list', {});
    expect(summary).toMatchObject({ id: r.id, quotes: 2, liveBlocks: 3, words: expect.any(Number) });
    expect(summary!.phaseName).toMatch(/^Iteration 1/);
    // Renaming is one undoable step; undo brings the previous title and body back.
    const renamed = await app.call('reports.update', { id: r.id, patch: { title: 'Kisumu: iteration 1' }, baseUpdatedAt: r.updatedAt });
    expect(renamed.title).toBe('Kisumu: iteration 1');
    await expect(app.call('reports.update', { id: r.id, patch: { title: 'Stale' }, baseUpdatedAt: r.updatedAt })).rejects.toMatchObject({ code: 'CONFLICT' });
    await app.call('history.undo', {});
    expect((await app.call('reports.get', { id: r.id })).title).toBe(r.title);
    // A pasted copy of a quote gets an id of its own when saved.
    const quote = r.body.content.find((n) => n.type === 'quote')!;
    const saved = await app.call('reports.update', { id: r.id, patch: { body: { type: 'doc', content: [...r.body.content, quote] } } });
    const ids = saved.body.content.filter((n) => n.type === 'quote').map((n) => n.attrs?.id);
    expect(new Set(ids).size).toBe(3);
    await app.call('reports.delete', { id: r.id });
    expect(await app.call('reports.list', {})).toEqual([]);
    await app.call('history.undo', {});
    expect((await app.call('reports.list', {})).map((x) => x.id)).toEqual([r.id]);
    await expect(app.call('reports.update', { id: r.id, patch: { body: { type: 'paragraph' } as never } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('folds consecutive autosaves of a report into one undo step, and starts a new one after another edit', async () => {
    const { app, iteration } = await reportLab();
    const r = await app.call('reports.create', { kind: 'iteration', phaseId: iteration });
    const body = (text: string): ReportBody => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    const save = (text: string) => app.call('reports.update', { id: r.id, patch: { body: body(text) } });
    const history = async () => (await app.call('history.list', {})).filter((s) => s.state === 'done');
    const before = (await history()).length;
    await save('Draft');
    await save('Draft one');
    await save('Draft one two');
    expect((await history()).length).toBe(before + 1);
    // Another edit in between ends the burst: the next save is a step of its own.
    await app.call('lab.update', { patch: { city: 'Kisumu' } });
    await save('Draft one two three');
    expect((await history()).length).toBe(before + 3);
    await app.call('history.undo', {});
    expect((await app.call('reports.get', { id: r.id })).body).toEqual(body('Draft one two'));
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect((await app.call('reports.get', { id: r.id })).body).toEqual(r.body);
    await app.call('history.redo', {});
    expect((await app.call('reports.get', { id: r.id })).body).toEqual(body('Draft one two'));
  });

  it('quotes excerpts sent from elsewhere at the end of the Key quotes section, as one undo step', async () => {
    const { app, iteration, excerpts } = await reportLab();
    const r = await app.call('reports.create', { kind: 'iteration', phaseId: iteration });
    const headingAt = (body: ReportBody, title: string) => body.content.findIndex((n) => n.type === 'heading' && n.content?.[0]?.text === title);
    const after = await app.call('reports.addQuotes', { id: r.id, excerptIds: [excerpts.q1, excerpts.q2] });
    const next = headingAt(after.body, 'Next steps');
    expect(next).toBeGreaterThan(headingAt(after.body, 'Key quotes'));
    expect(after.body.content.slice(next - 2, next).map((n) => [n.type, n.attrs?.excerptId])).toEqual([
      ['quote', excerpts.q1],
      ['quote', excerpts.q2],
    ]);
    // Nothing is written when one excerpt is gone.
    await expect(app.call('reports.addQuotes', { id: r.id, excerptIds: [excerpts.q1, '00000000-0000-4000-8000-000000000000'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await app.call('reports.get', { id: r.id })).body).toEqual(after.body);
    await app.call('history.undo', {});
    expect((await app.call('reports.get', { id: r.id })).body).toEqual(r.body);
    // A report without that section takes them at its end.
    const bare = await app.call('reports.update', { id: r.id, patch: { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Notes' }] }] } } });
    const appended = await app.call('reports.addQuotes', { id: bare.id, excerptIds: [excerpts.q2] });
    expect(appended.body.content.map((n) => n.type)).toEqual(['paragraph', 'quote']);
  });
});
