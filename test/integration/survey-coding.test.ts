import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appWithLab, tempDir, type TestApp } from '../helpers/temp';

// QualCoder's example surveys (test/fixtures/corpus/SOURCES.md): a free-text question, answered by ID4–ID6 in the CSV
// and by ID7–ID9 in the workbook, which has two free-text questions.
const corpus = (name: string) => join(__dirname, '../fixtures/corpus/sheets', name);
const CSV = corpus('qualcoder-survey456.csv');
const XLSX = corpus('qualcoder-survey789.xlsx');
const KEEP_TEXT = [
  { column: 'Case', field: 'id' as const },
  { column: 'Age', field: 'skip' as const },
  { column: 'Gender', field: 'skip' as const },
  { column: 'Interest', field: 'skip' as const },
];

async function respondents(app: TestApp) {
  const make = (pseudonym: string, group: 'lab' | 'comparison') =>
    app.call('participants.create', { participant: { displayName: `Person ${pseudonym}`, pseudonym, group } });
  const out: Record<string, Awaited<ReturnType<typeof make>>> = {};
  for (const [p, g] of [['ID4', 'lab'], ['ID5', 'comparison'], ['ID6', 'lab'], ['ID7', 'lab'], ['ID8', 'comparison'], ['ID9', 'comparison']] as const) {
    out[p] = await make(p, g);
  }
  return out;
}

async function importSurvey(app: TestApp, path: string, timePoint: 'baseline' | 'endline', dryRun = false) {
  return app.call('surveys.importSheet', { source: { path }, timePoint, columns: KEEP_TEXT, dryRun });
}

async function surveySources(app: TestApp) {
  return (await app.call('sources.list', {})).filter((s) => s.kind === 'survey');
}

describe('open-ended survey answers as codable sources', () => {
  it('imports text answers as turns, codes them, filters and counts them by time point and group, and keeps codings on re-import', async () => {
    const app = await appWithLab();
    const who = await respondents(app);
    const baseline = await importSurvey(app, CSV, 'baseline');
    expect(baseline.errors).toEqual([]);
    expect(baseline.stored).toBe(true);
    const endline = await importSurvey(app, XLSX, 'endline');
    expect(endline.stored).toBe(true);

    const sources = await surveySources(app);
    expect(sources.map((s) => s.title).sort()).toEqual([
      'Survey · Qual_hobby_opinions · Endline',
      'Survey · Qual_pet_opinions · Endline',
      'Survey · freetext · Baseline',
    ]);
    const base = sources.find((s) => s.title.endsWith('Baseline'))!;
    const doc = await app.call('sources.get', { id: base.id });
    const csvAnswers = ['I wanted to do some more studies', 'I needed to upskill', 'I did not enrol in any studies'];
    expect(doc.blocks.map((b) => [b.kind, b.speaker])).toEqual([
      ['turn', 'Respondent 1'],
      ['turn', 'Respondent 2'],
      ['turn', 'Respondent 3'],
    ]);
    doc.blocks.forEach((b, i) => expect(doc.text.slice(b.start, b.end).startsWith(csvAnswers[i]!)).toBe(true));
    // Trailing space in the file's last answer is not part of the turn.
    expect(doc.text.endsWith('gardening.')).toBe(true);
    const speakers = await app.call('speakers.list', { sourceId: base.id });
    expect(speakers.map((s) => [s.label, s.participantId])).toEqual([
      ['Respondent 1', who.ID4!.id],
      ['Respondent 2', who.ID5!.id],
      ['Respondent 3', who.ID6!.id],
    ]);
    // Searchable like any source.
    expect((await app.call('search.query', { q: 'gardening' })).hits.map((h) => h.sourceId)).toContain(base.id);

    const code = await app.call('codes.create', { code: { name: 'Time pressure' } });
    const lastTurn = doc.blocks[2]!;
    const gardening = doc.text.indexOf('doing my gardening');
    const onId6 = await app.call('excerpts.code', { sourceId: base.id, start: gardening, end: gardening + 'doing my gardening'.length, codeIds: [code.id] });
    const onId4 = await app.call('excerpts.code', { sourceId: base.id, start: doc.blocks[0]!.start, end: doc.blocks[0]!.end, codeIds: [code.id] });
    expect(onId6.start).toBeGreaterThanOrEqual(lastTurn.start);
    const end = (await surveySources(app)).find((s) => s.title === 'Survey · Qual_pet_opinions · Endline')!;
    const endDoc = await app.call('sources.get', { id: end.id });
    const fish = endDoc.text.indexOf('A fish');
    await app.call('excerpts.code', { sourceId: end.id, start: fish, end: fish + 6, codeIds: [code.id] });

    // Filters: by time point, by group (the respondent's participant), and both.
    const query = async (filter: object) => (await app.call('excerpts.query', { filter })).excerpts.map((e) => [e.text, e.participantId]);
    expect(await query({ timePoints: ['baseline'] })).toHaveLength(2);
    expect(await query({ timePoints: ['endline'] })).toEqual([['A fish', who.ID8!.id]]);
    expect(await query({ groups: ['comparison'] })).toEqual([['A fish', who.ID8!.id]]);
    expect((await query({ timePoints: ['baseline'], groups: ['lab'] })).map(([, p]) => p).sort()).toEqual([who.ID4!.id, who.ID6!.id].sort());
    expect(await query({ timePoints: ['midline'] })).toEqual([]);

    // Matrix: code × time point, and the same sliced by group.
    const matrix = await app.call('analysis.crossTable', { rows: { kind: 'code' }, cols: { kind: 'timePoint' }, filter: {} });
    expect(matrix.cols.map((c) => c.key)).toEqual(['baseline', 'midline', 'endline']);
    expect(matrix.cells).toEqual(
      expect.arrayContaining([
        { row: code.id, col: 'baseline', count: 2 },
        { row: code.id, col: 'endline', count: 1 },
      ]),
    );
    expect(matrix.cells).toHaveLength(2);
    const labOnly = await app.call('analysis.crossTable', { rows: { kind: 'timePoint' }, cols: { kind: 'group' }, filter: { codeIds: [code.id] } });
    expect(labOnly.cells.sort((a, b) => a.row.localeCompare(b.row) || a.col.localeCompare(b.col))).toEqual([
      { row: 'baseline', col: 'lab', count: 2 },
      { row: 'endline', col: 'comparison', count: 1 },
    ]);

    // The same file again: nothing changes, codings stay.
    const again = await importSurvey(app, CSV, 'baseline');
    expect(again).toMatchObject({ stored: true, errors: [] });
    expect((await app.call('sources.get', { id: base.id })).text).toBe(doc.text);

    // A corrected file: ID5's answer changes, so ID6's turn moves and its excerpt moves with it, on the same words.
    const dir = tempDir();
    const csv = readFileSync(CSV, 'utf8');
    const corrected = join(dir, 'survey456-corrected.csv');
    writeFileSync(corrected, csv.replace('I needed to upskill in some areas for my work.', 'I needed to upskill in several areas of my work and fast.'));
    const fixed = await importSurvey(app, corrected, 'baseline');
    expect(fixed).toMatchObject({ stored: true, errors: [], replaced: 3 });
    const after = await app.call('sources.get', { id: base.id });
    expect(after.text).toContain('and fast.');
    const moved = (await app.call('excerpts.query', { filter: { timePoints: ['baseline'] } })).excerpts;
    const m6 = moved.find((e) => e.excerptId === onId6.id)!;
    expect(m6.start).toBeGreaterThan(onId6.start);
    expect(after.text.slice(m6.start, m6.end)).toBe('doing my gardening');
    expect(m6.codeIds).toEqual([code.id]);
    expect(moved.find((e) => e.excerptId === onId4.id)!.start).toBe(onId4.start);
    expect((await app.call('search.query', { q: 'fast' })).hits.map((h) => h.sourceId)).toContain(base.id);
    expect((await app.call('search.query', { q: '"in some areas"' })).hits).toHaveLength(0);

    // A file that rewrites the words under ID6's coding is refused, in the preview and in the import, naming the row.
    const rewritten = join(dir, 'survey456-rewritten.csv');
    writeFileSync(rewritten, readFileSync(corrected, 'utf8').replace('doing my gardening', 'growing vegetables'));
    const preview = await importSurvey(app, rewritten, 'baseline', true);
    expect(preview.ok).toBe(false);
    expect(preview.errors).toEqual(['row 4: the answer to “freetext” changed under 1 coded excerpt(s); remove their coding first, or keep the old answer']);
    expect(preview.respondents.find((r) => r.row === 4)).toMatchObject({ status: 'error', participantId: who.ID6!.id });
    const refused = await importSurvey(app, rewritten, 'baseline');
    expect(refused.stored).toBe(false);
    expect((await app.call('sources.get', { id: base.id })).text).toBe(after.text);
    // Leaving that row out keeps the old answer and its coding; the other rows are stored.
    const leftOut = await app.call('surveys.importSheet', { source: { path: rewritten }, timePoint: 'baseline', columns: KEEP_TEXT, resolutions: [{ row: 4, action: 'skip' }] });
    expect(leftOut).toMatchObject({ stored: true, errors: [] });
    expect((await app.call('sources.get', { id: base.id })).text).toBe(after.text);
    await app.call('history.undo', {});

    // Undo takes back the corrected import: the answer, the text and the excerpt's place.
    await app.call('history.undo', {});
    expect((await app.call('sources.get', { id: base.id })).text).toBe(doc.text);
    const back = (await app.call('excerpts.query', { filter: { excerptIds: [onId6.id] } })).excerpts[0]!;
    expect([back.start, back.end]).toEqual([onId6.start, onId6.end]);
    expect((await app.call('search.query', { q: 'fast' })).hits).toHaveLength(0);
  });

  it('keeps a respondent’s number across questions and time points, and the sources when the question is deleted', async () => {
    const app = await appWithLab();
    const who = await respondents(app);
    await importSurvey(app, CSV, 'baseline');
    // The same question at endline, answered by the same people: same labels, its own source.
    const endline = await importSurvey(app, CSV, 'endline');
    expect(endline.stored).toBe(true);
    const sources = await surveySources(app);
    expect(sources).toHaveLength(2);
    for (const s of sources) {
      const speakers = await app.call('speakers.list', { sourceId: s.id });
      expect(speakers.map((x) => [x.label, x.participantId])).toEqual([
        ['Respondent 1', who.ID4!.id],
        ['Respondent 2', who.ID5!.id],
        ['Respondent 3', who.ID6!.id],
      ]);
    }
    const code = await app.call('codes.create', { code: { name: 'Studies' } });
    await app.call('excerpts.code', { sourceId: sources[0]!.id, start: 0, end: 10, codeIds: [code.id] });
    const item = (await app.call('surveys.items', {})).find((i) => i.label === 'freetext')!;
    await app.call('surveys.updateItem', { id: item.id, patch: { label: 'Why study now?' } });
    expect((await surveySources(app)).map((s) => s.title).sort()).toEqual(['Survey · Why study now? · Baseline', 'Survey · Why study now? · Endline']);
    await app.call('surveys.deleteItem', { id: item.id });
    const kept = await surveySources(app);
    expect(kept.map((s) => s.id).sort()).toEqual(sources.map((s) => s.id).sort());
    expect((await app.call('excerpts.query', { filter: { timePoints: ['baseline', 'endline'] } })).total).toBe(1);
  });
});
