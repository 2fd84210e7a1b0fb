import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { operations, type OpName } from '../../../src/shared/contract';
import type { AppEvent } from '../../../src/shared/domain/app';
import type { ExcerptFilter } from '../../../src/shared/domain/evidence';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, type TestApp } from '../../helpers/temp';
import { sheet } from '../tracking/tracking-lab';

/** The midline sheet as a documenter sends it, or corrected: answers replaced by name. */
function midline(app: TestApp, satisfaction: Record<string, number> = {}) {
  const csv = readFileSync(sheet('survey-midline.csv'), 'utf8')
    .split('\n')
    .map((line) => {
      const [name, knowledge] = line.split(',');
      return name && name in satisfaction ? `${name},${knowledge},${satisfaction[name]}` : line;
    })
    .join('\n');
  return app.call('surveys.importSheet', {
    source: { file: { name: 'survey-midline.csv', data: Buffer.from(csv).toString('base64') } },
    timePoint: 'midline',
    columns: [{ column: 'Name', field: 'name' }],
  });
}

/** What the renderer does with a `changed` event (renderer/client/use-op.ts): refetch the queries whose reads it names. */
const refetches = (name: OpName, event: AppEvent | undefined) =>
  event?.type === 'changed' && operations[name].reads.some((t) => event.tables.includes(t));

describe('lists, matrices and report blocks filtered by survey answers', () => {
  it('are refetched after a survey import and then show the new answers', async () => {
    const app = await appWithLab();
    const person = (displayName: string) => app.call('participants.create', { participant: { displayName } });
    const amina = await person('Amina Odhiambo');
    const baraka = await person('Baraka Mwangi');
    const dina = await person('Dina Wekesa');
    await person('Esther Kamau');
    await person('Peter Njoroge');
    const sourceId = addSource(
      app,
      'interview.txt',
      docFrom([
        ['Amina', 'The coaches come every week.'],
        ['Baraka', 'We need more readers in every class.'],
        ['Dina', 'Our school has no coach yet.'],
      ]),
    );
    const code = await app.call('codes.create', { code: { name: 'Voices' } });
    const { text } = await app.call('sources.get', { id: sourceId });
    for (const [label, p] of [['Amina', amina], ['Baraka', baraka], ['Dina', dina]] as const) {
      await app.call('speakers.map', { sourceId, label, participantId: p.id });
    }
    for (const said of ['The coaches come every week.', 'We need more readers in every class.', 'Our school has no coach yet.']) {
      await app.call('excerpts.code', { sourceId, start: text.indexOf(said), end: text.indexOf(said) + said.length, codeIds: [code.id] });
    }
    expect(await midline(app)).toMatchObject({ stored: true, unmatched: 0 });
    const satisfaction = (await app.call('surveys.items', {})).find((i) => i.label.startsWith('Satisfaction'))!;

    // Satisfied at midline (4 or 5): Amina (4) and Baraka (5) of the three speakers; Dina answered 2.
    const filter: ExcerptFilter = { surveyAnswers: [{ itemId: satisfaction.id, timePoint: 'midline', min: 4 }] };
    const matrix = { rows: { kind: 'code' }, cols: { kind: 'participant' }, filter } as const;
    const blocks = [
      { type: 'excerptList', attrs: { id: 'list', filter } },
      { type: 'liveTable', attrs: { id: 'table', kind: 'crossTable', rows: matrix.rows, cols: matrix.cols, filter } },
    ];
    const speakers = async () => (await app.call('excerpts.query', { filter })).excerpts.map((e) => e.participantId).sort();
    const columns = async () => (await app.call('analysis.crossTable', matrix)).cols.map((c) => c.key).sort();
    const inBlocks = async (p: { id: string; pseudonym: string }) => {
      const [list, table] = await app.call('reports.previewMany', { nodes: blocks });
      return {
        quoted: list?.kind === 'excerptList' && list.quotes.some((q) => q.speaker?.participantId === p.id),
        column: table?.kind === 'liveTable' && table.table.columns.some((c) => c.label === p.pseudonym),
      };
    };
    expect(await speakers()).toEqual([amina.id, baraka.id].sort());
    expect(await columns()).toEqual([amina.id, baraka.id].sort());
    expect(await app.call('analysis.cell', { ...matrix, row: code.id, col: null })).toHaveLength(2);
    expect(await inBlocks(amina)).toEqual({ quoted: true, column: true });
    expect(await inBlocks(dina)).toEqual({ quoted: false, column: false });

    // A corrected midline sheet: Amina's satisfaction was 2, Dina's 5.
    const events: AppEvent[] = [];
    const stop = app.ws.subscribe((e) => events.push(e));
    expect(await midline(app, { 'Amina Odhiambo': 2, 'Dina Wekesa': 5 })).toMatchObject({ stored: true, replaced: 10 });
    stop();
    const changed = events.find((e) => e.type === 'changed');
    expect(changed).toMatchObject({ tables: expect.arrayContaining(['survey_answer']) });
    for (const name of ['excerpts.query', 'analysis.crossTable', 'analysis.cell', 'analysis.cooccurrence', 'reports.previewMany', 'reports.resolve'] as const) {
      expect(refetches(name, changed), `${name} is refetched`).toBe(true);
    }

    expect(await speakers()).toEqual([baraka.id, dina.id].sort());
    expect(await columns()).toEqual([baraka.id, dina.id].sort());
    expect(await app.call('analysis.cell', { ...matrix, row: code.id, col: amina.id })).toEqual([]);
    expect(await inBlocks(amina)).toEqual({ quoted: false, column: false });
    expect(await inBlocks(dina)).toEqual({ quoted: true, column: true });
  });
});
