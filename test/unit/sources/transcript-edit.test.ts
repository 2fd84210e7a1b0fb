import { describe, expect, it } from 'vitest';
import { textSha256 } from '../../../src/core/sources/edit-transcript';
import type { TranscriptEdit } from '../../../src/shared/domain/transcript-edit';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, type TestApp } from '../../helpers/temp';

const TURNS: [string, string][] = [
  ['Interviewer', 'How did the coaches work with the teachers?'],
  ['Amina', 'The coaches visited every week. The teechers need support in the first term, and the coaches gave it.'],
  ['Interviewer', 'And the county?'],
  ['Amina', 'The county office paid for the transport.'],
];

async function codedSource(app: TestApp) {
  const sourceId = addSource(app, 'amina.txt', docFrom(TURNS));
  const code = await app.call('codes.create', { code: { name: 'Coaching' } });
  const { text } = await app.call('sources.get', { id: sourceId });
  const codeText = async (needle: string) => {
    const start = text.indexOf(needle);
    return app.call('excerpts.code', { sourceId, start, end: start + needle.length, codeIds: [code.id] });
  };
  const before = await codeText('The coaches visited every week.');
  const inside = await codeText('The teechers need support in the first term');
  const after = await codeText('The county office paid for the transport.');
  return { sourceId, code, before, inside, after };
}

async function edit(app: TestApp, sourceId: string, e: TranscriptEdit) {
  const { text } = await app.call('sources.get', { id: sourceId });
  return app.call('transcripts.edit', { sourceId, expectedSha256: textSha256(text), edit: e });
}

const rowsOf = (app: TestApp, sourceId: string) => ({
  excerpts: app.ws.store.db.prepare(`SELECT * FROM excerpt WHERE source_id = ? ORDER BY id`).all(sourceId),
  content: app.ws.store.db.prepare(`SELECT text, blocks, original FROM source_content WHERE id = ?`).get(sourceId),
  source: app.ws.store.db.prepare(`SELECT * FROM source WHERE id = ?`).get(sourceId),
  speakers: app.ws.store.db.prepare(`SELECT * FROM source_speaker WHERE source_id = ? ORDER BY id`).all(sourceId),
});

const hits = async (app: TestApp, q: string) => (await app.call('search.query', { q })).hits.length;

describe('correcting a coded transcript', () => {
  it('fixes a misheard word inside an excerpt: it is kept, moved, flagged; search and word count follow; undo and redo', async () => {
    const app = await appWithLab();
    const { sourceId, before, inside, after } = await codedSource(app);
    const original = rowsOf(app, sourceId);
    const doc = await app.call('sources.get', { id: sourceId });
    const at = doc.text.indexOf('teechers');
    const r = await edit(app, sourceId, { kind: 'replace', start: at, end: at + 'teechers'.length, text: 'teachers of Grade 3' });
    expect(r.flagged).toEqual([inside.id]);

    const now = await app.call('sources.get', { id: sourceId });
    expect(r.sha256).toBe(textSha256(now.text));
    const byId = new Map(now.excerpts.map((e) => [e.id, e]));
    expect(byId.get(before.id)).toMatchObject({ start: before.start, end: before.end, text: before.text });
    expect(byId.get(inside.id)!.text).toBe('The teachers of Grade 3 need support in the first term');
    expect(byId.get(after.id)!.start).toBe(after.start + 'teachers of Grade 3'.length - 'teechers'.length);
    for (const e of now.excerpts) expect(now.text.slice(e.start, e.end)).toBe(e.text);
    // Blocks moved with the text, the word count follows, the original file bytes did not change.
    expect(now.blocks[1]!.end - doc.blocks[1]!.end).toBe(11);
    expect(now.text.slice(now.blocks[3]!.start, now.blocks[3]!.end)).toBe(TURNS[3]![1]);
    expect(now.source.wordCount).toBe(doc.source.wordCount + 3);
    expect(rowsOf(app, sourceId).content).toMatchObject({ original: (original.content as { original: Buffer }).original });
    expect(await hits(app, 'teechers')).toBe(0);
    expect(await hits(app, '"teachers of Grade"')).toBe(1);

    const review = await app.call('transcripts.toReview', { sourceId });
    expect(review).toMatchObject([{ excerptId: inside.id, textBeforeEdit: inside.text, text: byId.get(inside.id)!.text }]);
    expect((await app.call('history.state', {})).undoLabel).toBe('Correct the transcript');

    await app.call('history.undo', {});
    expect(rowsOf(app, sourceId)).toEqual(original);
    expect(await hits(app, 'teechers')).toBe(1);
    expect(await hits(app, '"teachers of Grade"')).toBe(0);
    await app.call('history.redo', {});
    expect((await app.call('sources.get', { id: sourceId })).text).toBe(now.text);
    expect(await app.call('transcripts.toReview', {})).toHaveLength(1);

    expect(await app.call('transcripts.markReviewed', { excerptIds: [inside.id, before.id] })).toEqual({ cleared: 1 });
    expect(await app.call('transcripts.toReview', {})).toHaveLength(0);
    await app.call('history.undo', {});
    expect(await app.call('transcripts.toReview', {})).toHaveLength(1);
  });

  it('keeps an excerpt unflagged when a replacement over it leaves its words as they were', async () => {
    const app = await appWithLab();
    const { sourceId, before, inside } = await codedSource(app);
    // Selecting the sentence and the space after it, then typing the sentence again, deletes only the space.
    const r = await edit(app, sourceId, { kind: 'replace', start: before.start, end: before.end + 1, text: before.text });
    expect(r.flagged).toEqual([]);
    const now = await app.call('sources.get', { id: sourceId });
    const byId = new Map(now.excerpts.map((e) => [e.id, e]));
    expect(byId.get(before.id)).toMatchObject({ start: before.start, end: before.end, text: before.text });
    expect(byId.get(inside.id)).toMatchObject({ start: inside.start - 1, text: inside.text });
    expect(await app.call('transcripts.toReview', {})).toHaveLength(0);
  });

  it('refuses a stale edit, an edit across turns, one that empties a turn or an excerpt', async () => {
    const app = await appWithLab();
    const { sourceId, before } = await codedSource(app);
    const { text, blocks } = await app.call('sources.get', { id: sourceId });
    const call = (e: TranscriptEdit, sha = textSha256(text)) => app.call('transcripts.edit', { sourceId, expectedSha256: sha, edit: e });
    await expect(call({ kind: 'replace', start: 0, end: 3, text: 'Why' }, textSha256(`${text}x`))).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/changed since it was read/) });
    await expect(call({ kind: 'replace', start: blocks[0]!.end - 2, end: blocks[1]!.start + 2, text: '' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/inside one turn/) });
    await expect(call({ kind: 'replace', start: blocks[2]!.start, end: blocks[2]!.end, text: '  ' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/empty/) });
    await expect(call({ kind: 'replace', start: before.start, end: before.end, text: '' })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/every word of a coded excerpt/) });
    await expect(call({ kind: 'replace', start: 4, end: 4, text: 'a\n\nb' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect((await app.call('sources.get', { id: sourceId })).text).toBe(text);
    expect((await app.call('history.state', {})).undoLabel).not.toMatch(/transcript/);
  });

  it('splits a turn and joins it back: excerpts keep their words, are not flagged, and times are shared out', async () => {
    const app = await appWithLab();
    const { sourceId, inside, after } = await codedSource(app);
    app.ws.store.db.prepare(`UPDATE source_content SET blocks = json_set(blocks, '$[1].startMs', 10000, '$[1].endMs', 20000) WHERE id = ?`).run(sourceId);
    const doc = await app.call('sources.get', { id: sourceId });
    const at = doc.text.indexOf(' The teechers');
    await edit(app, sourceId, { kind: 'split', at: at + 1 });
    const split = await app.call('sources.get', { id: sourceId });
    expect(split.blocks).toHaveLength(5);
    expect(split.text.slice(split.blocks[1]!.start, split.blocks[1]!.end)).toBe('The coaches visited every week.');
    expect(split.blocks[2]).toMatchObject({ kind: 'turn', speaker: 'Amina', endMs: 20000 });
    expect(split.blocks[1]!.endMs).toBe(split.blocks[2]!.startMs);
    expect(split.blocks[1]!.endMs! > 10000 && split.blocks[1]!.endMs! < 20000).toBe(true);
    for (const e of split.excerpts) expect(split.text.slice(e.start, e.end)).toBe(e.text);
    expect(split.excerpts.find((e) => e.id === inside.id)!.text).toBe(inside.text);
    expect(split.excerpts.find((e) => e.id === after.id)!.start).toBe(after.start + 1);
    await edit(app, sourceId, { kind: 'join', blockStart: split.blocks[1]!.start });
    const joined = await app.call('sources.get', { id: sourceId });
    expect(joined.text).toBe(doc.text);
    expect(joined.blocks).toEqual(doc.blocks);
    expect(await app.call('transcripts.toReview', {})).toHaveLength(0);
    await expect(edit(app, sourceId, { kind: 'split', at: joined.blocks[1]!.start })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('renames a speaker throughout, or in one turn, keeping the participant mapping', async () => {
    const app = await appWithLab();
    const { sourceId, inside } = await codedSource(app);
    const person = await app.call('participants.create', { participant: { displayName: 'Amina Otieno', pseudonym: 'TCH-01' } });
    await app.call('speakers.map', { sourceId, label: 'Amina', participantId: person.id });
    await edit(app, sourceId, { kind: 'renameSpeaker', from: 'Amina', to: 'Amina Otieno' });
    const doc = await app.call('sources.get', { id: sourceId });
    expect(doc.blocks.filter((b) => b.speaker === 'Amina Otieno')).toHaveLength(2);
    expect(doc.speakers.map((s) => [s.label, s.participantId])).toEqual([
      ['Interviewer', null],
      ['Amina Otieno', person.id],
    ]);
    expect(app.ws.store.db.prepare(`SELECT speaker FROM excerpt WHERE id = ?`).pluck().get(inside.id)).toBe('Amina Otieno');
    // One turn: the interviewer's second question was the county officer.
    await edit(app, sourceId, { kind: 'renameSpeaker', from: 'Interviewer', to: 'County officer', blockStart: doc.blocks[2]!.start });
    const one = await app.call('sources.get', { id: sourceId });
    expect(one.blocks.map((b) => b.speaker)).toEqual(['Interviewer', 'Amina Otieno', 'County officer', 'Amina Otieno']);
    expect(one.speakers.map((s) => s.label).sort()).toEqual(['Amina Otieno', 'County officer', 'Interviewer']);
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    const back = await app.call('sources.get', { id: sourceId });
    expect(back.blocks.map((b) => b.speaker)).toEqual(['Interviewer', 'Amina', 'Interviewer', 'Amina']);
    expect(back.speakers.find((s) => s.label === 'Amina')!.participantId).toBe(person.id);
  });

  it('marks a report quote of an edited excerpt as changed since quoted', async () => {
    const app = await appWithLab();
    const { sourceId, inside } = await codedSource(app);
    const { phases } = await app.call('timeline.get', {});
    const report = await app.call('reports.create', { kind: 'iteration', phaseId: phases.find((p) => p.kind === 'iteration')!.id });
    const quote = await app.call('reports.quoteNode', { excerptId: inside.id });
    await app.call('reports.update', { id: report.id, patch: { body: { type: 'doc', content: [quote] } } });
    const status = async () => Object.values((await app.call('reports.resolve', { id: report.id })).blocks).find((b) => b.kind === 'quote');
    expect(await status()).toMatchObject({ status: 'current' });
    const { text } = await app.call('sources.get', { id: sourceId });
    const at = text.indexOf('teechers');
    await edit(app, sourceId, { kind: 'replace', start: at, end: at + 8, text: 'teachers' });
    expect(await status()).toMatchObject({ status: 'changed', text: 'The teachers need support in the first term', insertedText: inside.text });
  });
});
