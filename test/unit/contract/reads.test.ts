import { describe, expect, it, onTestFinished } from 'vitest';
import { analysisSnapshot } from '../../../src/core/analysis/analysis-snapshot';
import { dispatch } from '../../../src/core/dispatch';
import { LabStore } from '../../../src/core/store/lab-store';
import { operations, type OpInput, type OpName } from '../../../src/shared/contract';
import { SNAPSHOT_READS } from '../../../src/shared/contract/filter-reads';
import { TablesTouched } from '../../helpers/tables-touched';
import { testApp } from '../../helpers/temp';
import { richDemoLab, surveyCsv, surveyImport, type RichLab } from './reads-lab';

/** Query operations this test does not run, each with why; any other query operation must have inputs below. */
const NOT_EXERCISED: Partial<Record<OpName, string>> = {
  'labs.check': 'reads the lab file at `path` through a connection of its own, not the open lab: no change event of the open lab concerns it',
  'backups.list': 'reads the backup files beside the lab through connections of their own, not the open lab; the restore dialog refetches it each time it opens',
  'labs.previewMerge': 'reads a coding copy at `path` through a connection of its own beside the open lab; the merge dialog calls it on demand, never from the cache',
  'compare.labs': 'reads the lab files at `paths` read-only, each through a connection of its own, never the open lab',
  'compare.codeExcerpts': 'reads the lab files at `paths` read-only, each through a connection of its own, never the open lab',
  'recordings.readRange': 'answers the media scheme with bytes, never from the query cache; its one table, recording, is covered by recordings.forSource',
};

type Inputs = { [N in OpName]?: OpInput<N>[] };

/** Inputs for every query operation: each is run on the rich lab, and every input must succeed. */
function inputsFor(lab: RichLab): Inputs {
  const { filters, dimensions, phase, parent } = lab;
  const axes = [
    [{ kind: 'dimension', dimensionId: dimensions[0]!.id }, { kind: 'phase' }],
    [{ kind: 'code' }, { kind: 'participant' }],
    [{ kind: 'topCode' }, { kind: 'convening' }],
    [{ kind: 'sourceKind' }, { kind: 'sector' }],
    [{ kind: 'timePoint' }, { kind: 'group' }],
    [{ kind: 'role' }, { kind: 'level' }],
    [{ kind: 'group' }, { kind: 'organisation' }],
    [{ kind: 'attribute', name: 'county' }, { kind: 'participant' }],
  ] as const;
  const crossTables = axes.flatMap(([rows, cols]) => filters.map((filter) => ({ rows, cols, filter })));
  return {
    'app.state': [{}],
    'lab.info': [{}],
    'lab.get': [{}],
    'timeline.get': [{}],
    'coders.list': [{}],
    'participants.list': [{}],
    'history.list': [{}],
    'history.state': [{}],
    'sources.get': lab.sources.map((s) => ({ id: s.id })),
    'sources.list': [{}],
    'speakers.list': [{}, { sourceId: lab.sources[0]!.id }],
    'speakers.standIns': [{}],
    'codebook.export': [{}],
    'codebook.starter': [{}],
    'codes.list': [{}],
    'excerpts.retrieve': [
      { codeId: parent.id },
      { codeId: parent.id, includeChildren: false, filter: { sourceKinds: ['interview'], phaseIds: [phase.id], coderIds: [lab.coder.id] } },
    ],
    'search.query': [{ q: 'literacy' }, { q: '"reading programme" coach*' }],
    'excerpts.query': filters.map((filter) => ({ filter })),
    'analysis.crossTable': crossTables,
    'analysis.cell': crossTables.flatMap((t) => [
      { ...t, row: null, col: null },
      { ...t, row: 'x', col: null },
    ]),
    'analysis.cooccurrence': filters.flatMap((filter) => [{ filter }, { mode: 'turn' as const, codeIds: [parent.id], filter }]),
    'analysis.cooccurrenceCell': filters.flatMap((filter) => [
      { rowCodeId: null, colCodeId: null, filter },
      { rowCodeId: parent.id, colCodeId: null, mode: 'turn' as const, filter },
    ]),
    'evidence.dimensions': [{}],
    'evidence.excerptTags': [{ excerptIds: lab.excerpts.map((e) => e.excerptId) }],
    'evidence.sourceTags': [{ sourceId: lab.sources[0]!.id }],
    'queries.list': [{}],
    'memos.list': [{}, { targetKind: 'excerpt', targetId: lab.excerpts[0]!.excerptId }, { q: 'coaches' }],
    'participation.attrition': [{}],
    'participation.summary': [{}],
    'participation.notes': [{}, { participantId: lab.people[0]!.id }, { conveningId: lab.convening.id }, { phaseId: phase.id }],
    'attendance.get': [{ conveningId: lab.convening.id }],
    'dashboard.get': [{ today: '2026-09-01' }],
    'surveys.items': [{}],
    'surveys.answers': [{}, { participantId: lab.people[0]!.id, timePoint: 'baseline', itemId: lab.satisfaction.id }],
    'surveys.change': [{}, { itemIds: [lab.satisfaction.id] }],
    'targets.list': [{}, { phaseId: phase.id }],
    'targets.progress': [{}, { phaseId: phase.id }],
    'measures.series': [{ id: lab.measureId }],
    'rubric.grid': [{}],
    'sheets.preview': [{ source: surveyImport(surveyCsv([['p', 1, 'h']]), 'baseline').source }],
    'transcriptSheets.preview': [{ file: { name: 'lesson.csv', data: Buffer.from('Time,Speaker,Text\n0:01,Teacher,Good morning.\n').toString('base64') } }],
    'export.download': [{ fileName: 'lab.xlsx' }],
    'reports.list': [{}],
    'reports.get': [{ id: lab.report.id }],
    'reports.templates': [{}],
    'reports.resolve': [{ id: lab.report.id }, { id: lab.report.id, realNames: true }],
    'reports.preview': lab.blocks.map((node) => ({ node, phaseId: phase.id })),
    'reports.previewMany': [{ nodes: lab.blocks, phaseId: phase.id }, { nodes: lab.blocks, realNames: true }],
    'reports.quoteNode': [{ excerptId: lab.spoken[0]!.excerptId }],
    'agreement.compute': [{ coderA: lab.coder.id, coderB: lab.secondCoder.id }, { coderA: lab.coder.id, coderB: lab.secondCoder.id, codeIds: [parent.id], sourceIds: [lab.excerpts[0]!.sourceId] }],
    'recordings.forSource': lab.sources.map((s) => ({ sourceId: s.id })),
    'transcripts.toReview': [{}, { sourceId: lab.sources[0]!.id }],
    'agreement.disagreements': [{ coderA: lab.coder.id, coderB: lab.secondCoder.id, codeId: parent.id, limit: 50 }],
    'assistant.suggest': [{}, { sourceId: lab.sources[0]!.id, unit: 'sentence' }, { codeId: parent.id, unit: 'turn' }],
    'assistant.moreLikeThis': [{ excerptId: lab.excerpts[0]!.excerptId }],
    'assistant.evaluate': [{ folds: 3, minExamples: 1 }],
  } satisfies Inputs;
}

/** Live blocks answered with an error were not resolved, so what they would have read was not seen. */
function blockErrors(name: OpName, result: unknown): string[] {
  if (!name.startsWith('reports.') || !result || typeof result !== 'object') return [];
  const blocks = Array.isArray(result) ? result : 'blocks' in result ? Object.values(result.blocks as object) : [result];
  return (blocks as { id?: string; error?: string | null }[]).flatMap((b) => (b.error ? [`${b.id}: ${b.error}`] : []));
}

describe('the tables query operations declare they read', () => {
  it('of the analysis snapshot (SNAPSHOT_READS) are exactly the tables it loads', async () => {
    const app = testApp();
    const lab = await richDemoLab(app);
    const tables = new TablesTouched(lab.path);
    let sqls: string[] | null = null;
    const store = LabStore.open(lab.path, { verbose: (sql) => sqls?.push(sql) });
    onTestFinished(() => {
      store.close();
      tables.close();
    });
    sqls = [];
    expect(analysisSnapshot(store).excerptIds.length).toBeGreaterThan(0);
    expect([...tables.ofAll(sqls).reads].sort()).toEqual([...SNAPSHOT_READS].sort());
  });

  it('cover every table SQLite opens for each query operation on a rich lab, and no query operation writes', async () => {
    const app = testApp();
    const lab = await richDemoLab(app);
    const tables = new TablesTouched(lab.path);
    onTestFinished(() => tables.close());
    const inputs = inputsFor(lab);
    const queries = Object.values(operations).filter((d) => d.kind === 'query').map((d) => d.name as OpName);
    expect(queries.filter((n) => !inputs[n] && !NOT_EXERCISED[n]), 'query operations with neither inputs nor a reason').toEqual([]);
    expect(queries.filter((n) => inputs[n] && NOT_EXERCISED[n]), 'both run and excused').toEqual([]);

    let sink: string[] | null = null;
    const undeclared: Record<string, string[]> = {};
    const writes: Record<string, string[]> = {};
    app.ws.detach(false);
    for (const name of queries) {
      for (const input of inputs[name] ?? []) {
        // A fresh connection per call, so nothing is cached from an earlier one: the analysis snapshot is built
        // by the call that needs it, and the tables it loads count as read by that operation.
        app.ws.attach(LabStore.open(lab.path, { verbose: (sql) => sink?.push(sql) }));
        sink = [];
        const r = await dispatch(app.ws, name, input);
        const sqls: string[] = sink;
        sink = null;
        app.ws.detach(false);
        expect(r, `${name} ${JSON.stringify(input)}`).toMatchObject({ ok: true });
        expect(r.ok && blockErrors(name, r.result), `${name}: blocks that did not resolve`).toEqual([]);
        const touched = tables.ofAll(sqls);
        const declared = new Set<string>(operations[name].reads);
        const missing = [...touched.reads].filter((t) => !declared.has(t));
        if (missing.length) undeclared[name] = [...new Set([...(undeclared[name] ?? []), ...missing])].sort();
        if (touched.writes.size) writes[name] = [...touched.writes];
      }
    }
    expect(undeclared, 'tables read but not in `reads`').toEqual({});
    expect(writes, 'query operations that write').toEqual({});
  }, 300_000);
});
