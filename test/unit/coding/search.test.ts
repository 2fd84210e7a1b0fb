import { describe, expect, it } from 'vitest';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';

async function lab() {
  const app = await appWithLab();
  const a = addSource(app, 'a.txt', docFrom([['Amina', 'Literacy coaches visit each school. The literacy coach models a lesson.'], ['Interviewer', 'And the teachers?']]));
  const b = addSource(app, 'b.txt', docFrom(['Coaching costs rose. Éducation de base reste prioritaire.', 'No coaches were hired in Kisumu.']));
  return { app, a, b };
}

describe('full-text search', () => {
  it('finds words, phrases and prefixes with exact offsets, ignoring case and accents', async () => {
    const { app, a, b } = await lab();
    const words = await app.call('search.query', { q: 'coaches' });
    expect(words.hits.map((h) => h.match)).toEqual(['coaches', 'coaches']);
    const phrase = await app.call('search.query', { q: '"literacy coach"' });
    expect(phrase.hits).toHaveLength(1);
    expect(phrase.hits[0]).toMatchObject({ sourceId: a, match: 'literacy coach', before: 'Literacy coaches visit each school. The ' });
    const prefix = await app.call('search.query', { q: 'coach*' });
    expect(prefix.sources).toBe(2);
    expect(prefix.hits.map((h) => h.match)).toEqual(['coaches', 'coach', 'Coaching', 'coaches']);
    const accents = await app.call('search.query', { q: 'education' });
    expect(accents.hits).toMatchObject([{ sourceId: b, match: 'Éducation' }]);
    for (const h of prefix.hits) {
      const text = (await app.call('sources.get', { id: h.sourceId })).text;
      expect(text.slice(h.start, h.end)).toBe(h.match);
    }
  });

  it('treats FTS syntax as plain words, and refuses an empty query clearly', async () => {
    const { app } = await lab();
    expect((await app.call('search.query', { q: 'NEAR( coaches OR' })).hits.length).toBeGreaterThanOrEqual(0);
    await expect(app.call('search.query', { q: '***' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('codes all hits (by sentence) as one undoable action', async () => {
    const { app } = await lab();
    const code = await app.call('codes.create', { code: { name: 'Coaching' } });
    expect(await app.call('search.codeAll', { q: 'coach*', codeId: code.id })).toEqual({ coded: 4, excerpts: 4 });
    const got = await app.call('excerpts.retrieve', { codeId: code.id });
    expect(got.excerpts.map((e) => e.text)).toEqual([
      'Literacy coaches visit each school.',
      'The literacy coach models a lesson.',
      'Coaching costs rose.',
      'No coaches were hired in Kisumu.',
    ]);
    await app.call('history.undo', {});
    expect((await app.call('excerpts.retrieve', { codeId: code.id })).total).toBe(0);
  });

  it('no longer finds a deleted source, and finds it again after undo', async () => {
    const { app, b } = await lab();
    await app.call('sources.delete', { ids: [b] });
    expect((await app.call('search.query', { q: 'Kisumu' })).hits).toHaveLength(0);
    await app.call('history.undo', {});
    expect((await app.call('search.query', { q: 'Kisumu' })).hits).toHaveLength(1);
  });
});
