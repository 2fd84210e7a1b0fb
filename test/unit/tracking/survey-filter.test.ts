import { describe, expect, it } from 'vitest';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';
import { sheet } from './tracking-lab';

describe('survey answers as an excerpt filter', () => {
  it('narrows excerpt lists and analysis tables to speakers whose answer meets the condition', async () => {
    const app = await appWithLab();
    const amina = await app.call('participants.create', { participant: { displayName: 'Amina Odhiambo', email: 'amina@county.go.ke' } });
    const baraka = await app.call('participants.create', { participant: { displayName: 'Baraka Mwangi' } });
    for (const [displayName, email] of [['Chege Otieno', ''], ['Dina Wekesa', 'dina@school.org'], ['Esther Kamau', ''], ['Peter Njoroge', '']]) {
      await app.call('participants.create', { participant: { displayName: displayName!, email: email! } });
    }
    const r = await app.call('surveys.importSheet', {
      source: { path: sheet('survey-baseline.xlsx') },
      timePoint: 'baseline',
      columns: [
        { column: 'Email', field: 'email' },
        { column: 'Name', field: 'name' },
        { column: 'Timestamp', field: 'skip' },
      ],
    });
    expect(r.respondents.filter((x) => x.status === 'unmatched'), JSON.stringify(r.errors)).toEqual([]);
    expect(r.stored).toBe(true);
    const answers = await app.call('surveys.answers', {});
    const satisfaction = (await app.call('surveys.items', {})).find((i) => i.label.startsWith('Satisfaction'))!;
    const score = (id: string) => answers.find((a) => a.participantId === id && a.itemId === satisfaction.id)!.valueNum!;

    const sourceId = addSource(app, 'interview.txt', docFrom([['Amina', 'The coaches come every week.'], ['Baraka', 'We need more readers.']]));
    await app.call('speakers.map', { sourceId, label: 'Amina', participantId: amina.id });
    await app.call('speakers.map', { sourceId, label: 'Baraka', participantId: baraka.id });
    const code = await app.call('codes.create', { code: { name: 'Voices' } });
    const text = (await app.call('sources.get', { id: sourceId })).text;
    await app.call('excerpts.code', { sourceId, start: 0, end: text.indexOf('\n'), codeIds: [code.id] });
    await app.call('excerpts.code', { sourceId, start: text.indexOf('We need'), end: text.length, codeIds: [code.id] });

    const threshold = Math.max(score(amina.id), score(baraka.id));
    const filter = { surveyAnswers: [{ itemId: satisfaction.id, timePoint: 'baseline' as const, min: threshold }] };
    const listed = await app.call('excerpts.query', { filter });
    const expected = [amina, baraka].filter((p) => score(p.id) >= threshold).map((p) => p.id);
    expect(listed.excerpts.map((e) => e.participantId).sort()).toEqual(expected.sort());
    expect(listed.total).toBeGreaterThan(0);
    const table = await app.call('analysis.crossTable', { rows: { kind: 'code' }, cols: { kind: 'participant' }, filter });
    expect(table.total).toBe(listed.total);
    const none = await app.call('excerpts.query', { filter: { surveyAnswers: [{ itemId: satisfaction.id, min: 1000 }] } });
    expect(none.total).toBe(0);
  });
});
