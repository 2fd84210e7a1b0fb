import type { PmNode } from '../../../src/shared/domain/report';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab, type TestApp } from '../../helpers/temp';

/**
 * A small lab with named people to pseudonymise:
 *   Amina Wanjiru (government, County Director of Education) speaks as “Amina Wanjiru” in an interview;
 *   José Muñoz (implementer) speaks as “DR. MUÑOZ” and is named in Amina's answer;
 *   a target owned by Amina with a measure, attendance at the initial convening, a rubric score.
 * Quotes: q1 (Amina, coded Finance), q2 (Muñoz, coded Delivery).
 */
export async function reportLab(): Promise<{
  app: TestApp;
  sourceId: string;
  iteration: string;
  excerpts: { q1: string; q2: string };
  codes: { finance: string; delivery: string };
  people: { amina: string; jose: string };
}> {
  const app = await appWithLab('Kisumu Reading Lab');
  const sourceId = addSource(
    app,
    'interview-amina-wanjiru.txt',
    docFrom([
      ['Interviewer', 'How did the county take over the coaching?'],
      ['Amina Wanjiru', 'We moved the coaches onto the county payroll in March, after José Muñoz showed us the costs.'],
      ['DR. MUÑOZ', 'Amina’s team now meets the head teachers every month; that is what changed the lessons.'],
    ]),
  );
  const { phases, convenings } = await app.call('timeline.get', {});
  const iteration = phases.find((p) => p.kind === 'iteration')!.id;
  await app.call('sources.update', { id: sourceId, patch: { title: 'Interview with Amina Wanjiru', date: '2026-03-12', phaseId: iteration } });
  const amina = await app.call('participants.create', { participant: { displayName: 'Amina Wanjiru', sector: 'government', role: 'County Director of Education', email: 'amina@example.org' } });
  const jose = await app.call('participants.create', { participant: { displayName: 'José Muñoz', sector: 'implementer', role: 'Programme Lead' } });
  await app.call('speakers.map', { sourceId, label: 'Amina Wanjiru', participantId: amina.id });
  await app.call('speakers.map', { sourceId, label: 'DR. MUÑOZ', participantId: jose.id });
  const finance = await app.call('codes.create', { code: { name: 'Finance' } });
  const delivery = await app.call('codes.create', { code: { name: 'Delivery' } });
  const { text } = await app.call('sources.get', { id: sourceId });
  const range = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const q1 = await app.call('excerpts.code', { sourceId, ...range('We moved the coaches onto the county payroll in March, after José Muñoz showed us the costs.'), codeIds: [finance.id] });
  const q2 = await app.call('excerpts.code', { sourceId, ...range('Amina’s team now meets the head teachers every month'), codeIds: [delivery.id] });
  const target = await app.call('targets.create', { target: { phaseId: iteration, text: 'Coaches on the county payroll in all sub-counties', ownerParticipantId: amina.id, status: 'in progress' } });
  const measure = await app.call('measures.create', { measure: { targetId: target.id, name: 'Sub-counties paying coaches', unit: 'sub-counties', baseline: 1, targetValue: 6 } });
  await app.call('measures.addPoint', { point: { measureId: measure.id, date: '2026-05-01', value: 4 } });
  await app.call('attendance.set', { conveningId: convenings[0]!.id, entries: [{ participantId: amina.id, status: 'present' }, { participantId: jose.id, status: 'absent' }] });
  const grid = await app.call('rubric.grid', {});
  await app.call('rubric.score', { itemId: grid.items[1]!.id, timePoint: 'baseline', score: 2, rationale: 'Amina Wanjiru costed it; not yet in the budget.' });
  await app.call('rubric.score', { itemId: grid.items[1]!.id, timePoint: 'midline', score: 3 });
  return { app, sourceId, iteration, excerpts: { q1: q1.id, q2: q2.id }, codes: { finance: finance.id, delivery: delivery.id }, people: { amina: amina.id, jose: jose.id } };
}

/** An iteration report with a heading, a paragraph, two quotes and a table: what the e2e writes. */
export async function writtenReport(app: TestApp, iteration: string, q1: string, q2: string) {
  const report = await app.call('reports.create', { kind: 'iteration', phaseId: iteration });
  const quote1 = await app.call('reports.quoteNode', { excerptId: q1 });
  const quote2 = await app.call('reports.quoteNode', { excerptId: q2 });
  const content: PmNode[] = [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'What worked in Kisumu' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The county took over coaching, as Amina Wanjiru explained.' },
        { type: 'footnote', attrs: { text: 'Confirmed at the reflection convening.' } },
      ],
    },
    quote1,
    quote2,
    { type: 'liveTable', attrs: { id: 'targets-table', kind: 'targets' } },
  ];
  return app.call('reports.update', { id: report.id, patch: { body: { type: 'doc', content } } });
}
