import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportsFolder } from '../../../src/core/export/export-file';
import type { ExcerptFilter } from '../../../src/shared/domain/evidence';
import { TABLE_KINDS, type PmNode } from '../../../src/shared/domain/report';
import type { TestApp } from '../../helpers/temp';

/** A survey sheet answered by participants given by id: one numeric and one text question. */
export function surveyCsv(rows: [participantId: string, satisfaction: number, hope: string][]): string {
  return ['Participant,Satisfaction (1-5),What do you hope to learn?', ...rows.map(([id, n, hope]) => `${id},${n},${hope}`)].join('\n');
}

export const surveyImport = (csv: string, timePoint: 'baseline' | 'midline') => ({
  source: { file: { name: `survey-${timePoint}.csv`, data: Buffer.from(csv).toString('base64') } },
  timePoint,
  columns: [{ column: 'Participant', field: 'id' as const }],
});

/**
 * The demo lab (sources, speakers, codes, evidence tags, attendance, action plan, rubric) and what it lacks for
 * every query operation to have something to read: surveys at two time points, a memo linked to an excerpt, a
 * saved query, a responsiveness note, a participant attribute, an iteration report with one live block of every
 * kind, and a file in the exports folder.
 */
export async function richDemoLab(app: TestApp) {
  const lab = await app.call('labs.openDemo', { path: join(app.home, 'demo.scalinglab') });
  const people = await app.call('participants.list', {});
  const { phases, convenings } = await app.call('timeline.get', {});
  const iteration1 = phases.find((p) => p.name === 'Iteration 1')!;
  const codes = await app.call('codes.list', {});
  const parent = codes.find((c) => c.parentId === null && codes.some((k) => k.parentId === c.id && k.excerptCount > 0))!;
  const sources = await app.call('sources.list', {});
  const { excerpts } = await app.call('excerpts.query', { filter: {} });
  const spoken = excerpts.filter((e) => e.participantId);
  const dimensions = await app.call('evidence.dimensions', {});
  const [coder] = await app.call('coders.list', {});
  const measureId = (await app.call('targets.list', {})).flatMap((t) => t.measures)[0]!.id;

  await app.call('participants.update', { id: people[0]!.id, patch: { attributes: { county: 'Mvuleni' } } });
  await app.call('surveys.importSheet', surveyImport(surveyCsv(people.map((p, i) => [p.id, 1 + (i % 5), `hope ${i}`])), 'baseline'));
  await app.call('surveys.importSheet', surveyImport(surveyCsv(people.map((p, i) => [p.id, 1 + ((i + 2) % 5), `hope ${i}`])), 'midline'));
  const items = await app.call('surveys.items', {});
  const satisfaction = items.find((i) => i.label.startsWith('Satisfaction'))!;

  const memo = await app.call('memos.create', { title: 'Coaching memo', body: '<p>Coaches visit weekly.</p>', targetKind: 'excerpt', targetId: excerpts[0]!.excerptId });
  await app.call('memos.link', { id: memo.id, excerptIds: [excerpts[0]!.excerptId, excerpts[1]!.excerptId] });
  const surveyOnly: ExcerptFilter = { surveyAnswers: [{ itemId: satisfaction.id, timePoint: 'baseline', min: 3 }] };
  const saved = await app.call('queries.save', { name: 'Satisfied speakers', filter: surveyOnly });
  const convening = convenings.find((c) => c.phaseId === iteration1.id) ?? convenings[0]!;
  await app.call('participation.setNote', { participantId: people[0]!.id, conveningId: convening.id, level: 'high', note: 'Engaged' });

  /** Every field of a filter set, so every clause of its SQL is compiled: the tables it reads appear. */
  const everyField: ExcerptFilter = {
    codeIds: [parent.id],
    includeChildren: true,
    evidence: [dimensions[0]!.values[0]!.id, dimensions[1]!.values[0]!.id],
    phaseIds: [iteration1.id],
    conveningIds: [convening.id],
    sourceKinds: ['interview'],
    timePoints: ['baseline'],
    sourceIds: sources.map((s) => s.id),
    coderIds: [coder!.id],
    sectors: ['government'],
    roles: ['Head Teacher'],
    levels: ['implementation'],
    groups: ['lab'],
    participantIds: people.map((p) => p.id),
    attributes: [{ name: 'county', values: ['Mvuleni'] }],
    surveyAnswers: [{ itemId: satisfaction.id, timePoint: 'baseline', values: ['4'], min: 1, max: 5 }],
    excerptIds: excerpts.map((e) => e.excerptId),
  };
  // Evidence alone takes the other path of the filter (the excerpt_tag view rather than a list of candidates).
  const evidenceOnly: ExcerptFilter = { evidence: [dimensions[0]!.values[0]!.id] };
  const filters = [{}, surveyOnly, evidenceOnly, everyField];

  const tableAttrs = (kind: (typeof TABLE_KINDS)[number], filter: ExcerptFilter | null) => ({
    kind,
    phaseId: kind === 'targets' || kind === 'participation' ? iteration1.id : null,
    rows: kind === 'crossTable' ? { kind: 'dimension', dimensionId: dimensions[0]!.id } : null,
    cols: kind === 'crossTable' ? { kind: 'participant' } : null,
    filter,
    codeIds: kind === 'cooccurrence' ? codes.map((c) => c.id) : null,
  });
  const blocks: PmNode[] = [
    { type: 'quote', attrs: { id: 'quote', excerptId: spoken[0]!.excerptId } },
    { type: 'excerptList', attrs: { id: 'saved', savedQueryId: saved.id } },
    ...filters.map((filter, i) => ({ type: 'excerptList', attrs: { id: `list-${i}`, filter } })),
    ...TABLE_KINDS.flatMap((kind) =>
      [null, surveyOnly, everyField].flatMap((filter, i) => [
        { type: 'liveTable', attrs: { id: `table-${kind}-${i}`, ...tableAttrs(kind, filter) } },
        { type: 'liveChart', attrs: { id: `chart-${kind}-${i}`, ...tableAttrs(kind, filter) } },
      ]),
    ),
  ];
  const report = await app.call('reports.create', { kind: 'iteration', phaseId: iteration1.id });
  await app.call('reports.update', { id: report.id, patch: { body: { type: 'doc', content: [...report.body.content, ...blocks] } } });

  // A second coder's coding in a source the first coded too, so the agreement operations have runs to compare.
  app.ws.store.useCoder('Second Coder');
  const other = codes.find((c) => !excerpts[0]!.codeIds.includes(c.id))!;
  await app.call('excerpts.code', { sourceId: excerpts[0]!.sourceId, start: excerpts[0]!.start, end: excerpts[0]!.end, codeIds: [other.id] });
  app.ws.store.useCoder(app.ws.coderName ?? coder!.name);
  const secondCoder = (await app.call('coders.list', {})).find((c) => c.name === 'Second Coder')!;

  mkdirSync(exportsFolder(app.home), { recursive: true });
  writeFileSync(join(exportsFolder(app.home), 'lab.xlsx'), 'not really a workbook');

  return {
    path: lab.path,
    people,
    phase: iteration1,
    convening,
    parent,
    sources,
    excerpts,
    spoken,
    dimensions,
    coder: coder!,
    secondCoder,
    measureId,
    satisfaction,
    memo,
    saved,
    report,
    blocks,
    filters,
    surveyOnly,
    everyField,
  };
}
export type RichLab = Awaited<ReturnType<typeof richDemoLab>>;
