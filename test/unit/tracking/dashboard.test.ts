import { describe, expect, it } from 'vitest';
import { addSource, docFrom } from '../../helpers/sources';
import { appWithLab } from '../../helpers/temp';
import { planWithMeasures, timeline } from './tracking-lab';

/**
 * Today is 2026-09-10, in Iteration 1 (2026-07-15 – 2027-01-14): 126 days to its end and to reflection
 * convening 1 (20 + 31 + 30 + 31 + 14). The initial convening (2026-07-14) was the last: 2 of 4 present (“Gone”
 * left on 2026-08-01, so was still in the lab that day; today 3 participants are active).
 * Rubric: baseline 2, 1, 3 (mean 2); midline 3, 3 on the first two (mean 3); over the two scored at both,
 * the mean change is ((3 − 2) + (3 − 1)) / 2 = 1.5.
 */
describe('the lab dashboard', () => {
  it('says where the lab stands on a given day', async () => {
    const app = await appWithLab();
    const { convening } = await timeline(app);
    addSource(app, 'notes.txt', docFrom(['The county agreed to pay the coaches.']));
    const people = [];
    for (const name of ['A', 'B', 'C']) people.push(await app.call('participants.create', { participant: { displayName: name, joinedOn: '2026-07-01' } }));
    await app.call('participants.create', { participant: { displayName: 'Gone', joinedOn: '2026-07-01', leftOn: '2026-08-01' } });
    await app.call('attendance.set', {
      conveningId: convening('Initial convening').id,
      entries: [{ participantId: people[0]!.id, status: 'present' }, { participantId: people[1]!.id, status: 'present' }, { participantId: people[2]!.id, status: 'absent' }],
    });
    const { phase, target } = await planWithMeasures(app);
    await app.call('targets.create', { target: { phaseId: phase('Iteration 1').id, text: 'Second', status: 'met' } });
    await app.call('targets.create', { target: { phaseId: phase('Iteration 2').id, text: 'Later' } });
    const { items } = await app.call('rubric.grid', {});
    const score = (i: number, timePoint: 'baseline' | 'midline', s: number) => app.call('rubric.score', { itemId: items[i]!.id, timePoint, score: s });
    await score(0, 'baseline', 2);
    await score(1, 'baseline', 1);
    await score(2, 'baseline', 3);
    await score(0, 'midline', 3);
    await score(1, 'midline', 3);

    const d = await app.call('dashboard.get', { today: '2026-09-10' });
    expect(d.currentPhase).toMatchObject({ name: 'Iteration 1', daysLeft: 126 });
    expect(d.nextConvening).toMatchObject({ name: 'Reflection convening 1', date: '2027-01-14', daysTo: 126 });
    expect(d.counts).toEqual({ sources: 1, excerpts: 0, participants: 4, activeParticipants: 3 });
    expect(d.iteration).toMatchObject({ phaseId: phase('Iteration 1').id, total: 2, byStatus: { 'in progress': 1, met: 1, planned: 0 } });
    expect(d.rubric).toEqual({ latest: 'midline', latestMean: 3, baselineMean: 2, change: 1.5, compared: 2 });
    expect(d.lastConvening).toMatchObject({ name: 'Initial convening', present: 2, active: 4, absent: 1, recorded: true });
    expect(target.phaseId).toBe(phase('Iteration 1').id);
  });

  it('has nothing to report on an empty lab before it starts', async () => {
    const app = await appWithLab();
    const d = await app.call('dashboard.get', { today: '2025-12-01' });
    expect(d).toMatchObject({ currentPhase: null, iteration: null, lastConvening: null, rubric: { latest: null, latestMean: null, change: null } });
    expect(d.nextConvening).toMatchObject({ name: 'Initial convening', daysTo: 225 });
    expect((await app.call('dashboard.get', {})).today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
