import { describe, expect, it } from 'vitest';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

describe('coding excerpts', () => {
  it('keeps offsets exact with emoji, accents and right-to-left text', async () => {
    const app = await appWithLab();
    const text = 'Café résumé 👩🏽‍🏫 said: המורים צריכים תמיכה — the teachers need support 📚 now.';
    const sourceId = addSource(app, 'rtl.txt', docFrom([['Zoë', text]]));
    const code = await app.call('codes.create', { code: { name: 'Teacher support' } });
    const stored = (await app.call('sources.get', { id: sourceId })).text;
    for (const needle of ['👩🏽‍🏫', 'המורים צריכים תמיכה', 'résumé', 'support 📚']) {
      const start = stored.indexOf(needle);
      const e = await app.call('excerpts.code', { sourceId, start, end: start + needle.length, codeIds: [code.id] });
      expect(e.text).toBe(needle);
      expect(stored.slice(e.start, e.end)).toBe(e.text);
    }
    // A selection that cuts an emoji in half is widened to the whole character, never stored broken.
    const emoji = stored.indexOf('📚');
    const half = await app.call('excerpts.code', { sourceId, start: emoji + 1, end: emoji + 2, codeIds: [code.id] });
    expect(half.text).toBe('📚');
  });

  it('trims a sloppy selection and reuses the excerpt for the same range', async () => {
    const app = await appWithLab();
    const sourceId = addSource(app, 'a.txt', docFrom(['  Coaching works.  ', 'Second paragraph.']));
    const [a, b] = [await app.call('codes.create', { code: { name: 'A' } }), await app.call('codes.create', { code: { name: 'B' } })];
    const stored = (await app.call('sources.get', { id: sourceId })).text;
    const s = stored.indexOf('Coaching');
    const e1 = await app.call('excerpts.code', { sourceId, start: s - 1, end: s + 'Coaching works.'.length + 2, codeIds: [a.id] });
    expect(e1.text).toBe('Coaching works.');
    const e2 = await app.call('excerpts.code', { sourceId, start: e1.start, end: e1.end, codeIds: [b.id] });
    expect(e2.id).toBe(e1.id);
    expect(e2.codes).toHaveLength(2);
  });

  it('codes in vivo as one undoable step', async () => {
    const app = await appWithLab();
    const sourceId = addSource(app, 'a.txt', docFrom([['Head teacher', 'We call it “learning at the right level” here.']]));
    const stored = (await app.call('sources.get', { id: sourceId })).text;
    const s = stored.indexOf('“learning');
    const { code, excerpt } = await app.call('excerpts.codeInVivo', { sourceId, start: s, end: s + '“learning at the right level”'.length });
    expect(code.name).toBe('learning at the right level');
    expect(excerpt.codes.map((c) => c.codeId)).toEqual([code.id]);
    expect((await app.call('history.state', {})).undoLabel).toBe('Code in vivo “learning at the right level”');
    await app.call('history.undo', {});
    expect(await app.call('codes.list', {})).toHaveLength(0);
    expect((await app.call('sources.get', { id: sourceId })).excerpts).toHaveLength(0);
  });

  it('removes an excerpt with its last code, resizes, and keeps the memo', async () => {
    const app = await appWithLab();
    const sourceId = addSource(app, 'a.txt', docFrom([['Amina', 'One two three four five.']]));
    const c = await app.call('codes.create', { code: { name: 'C' } });
    const d = await app.call('codes.create', { code: { name: 'D' } });
    const e = await app.call('excerpts.code', { sourceId, start: 0, end: 7, codeIds: [c.id, d.id] });
    const resized = await app.call('excerpts.update', { id: e.id, start: 4, end: 13, memo: 'Numbers as evidence' });
    expect([resized.text, resized.memo]).toEqual(['two three', 'Numbers as evidence']);
    expect(await app.call('excerpts.removeCode', { excerptId: e.id, codeId: c.id })).toMatchObject({ codes: [{ codeId: d.id }] });
    // The memo keeps the excerpt alive when its last code goes.
    expect(await app.call('excerpts.removeCode', { excerptId: e.id, codeId: d.id })).toMatchObject({ memo: 'Numbers as evidence', codes: [] });
    await app.call('excerpts.update', { id: e.id, memo: '' });
    await app.call('excerpts.code', { sourceId, start: 14, end: 18, codeIds: [c.id] });
    const other = (await app.call('sources.get', { id: sourceId })).excerpts.find((x) => x.text === 'four')!;
    expect(await app.call('excerpts.removeCode', { excerptId: other.id, codeId: c.id })).toBeNull();
  });

  it('retrieves a code’s excerpts with source, speaker and context, and filters them', async () => {
    const app = await appWithLab();
    const s1 = addSource(app, 'interview.txt', docFrom([['Interviewer', 'Tell me about funding.'], ['Amina', 'The county pays for coaches now.']]));
    const s2 = addSource(app, 'policy-note.txt', docFrom(['The ministry will fund coaches from 2027.']));
    await app.call('sources.update', { id: s2, patch: { kind: 'policy document' } });
    const participant = await app.call('participants.create', { participant: { displayName: 'Amina Juma', sector: 'government' } });
    await app.call('speakers.map', { sourceId: s1, label: 'Amina', participantId: participant.id });
    const parent = await app.call('codes.create', { code: { name: 'Finance' } });
    const child = await app.call('codes.create', { code: { name: 'Coach funding', parentId: parent.id } });
    const t1 = (await app.call('sources.get', { id: s1 })).text;
    await app.call('excerpts.code', { sourceId: s1, start: t1.indexOf('The county'), end: t1.indexOf(' now.'), codeIds: [child.id] });
    await app.call('excerpts.code', { sourceId: s2, start: 0, end: 41, codeIds: [parent.id] });
    const all = await app.call('excerpts.retrieve', { codeId: parent.id });
    expect(all.total).toBe(2);
    const fromInterview = all.excerpts.find((e) => e.sourceId === s1)!;
    expect(fromInterview).toMatchObject({ speaker: 'GOV-01', participantId: participant.id, text: 'The county pays for coaches', after: ' now.' });
    expect(fromInterview.before).toContain('Tell me about funding.');
    expect((await app.call('excerpts.retrieve', { codeId: parent.id, includeChildren: false })).total).toBe(1);
    expect((await app.call('excerpts.retrieve', { codeId: parent.id, filter: { sourceKinds: ['policy document'] } })).excerpts.map((e) => e.sourceId)).toEqual([s2]);
  });
});
