import { describe, expect, it } from 'vitest';
import { appWithLab } from '../../helpers/temp';
import { planWithMeasures, snapshot, timeline } from './tracking-lab';

describe('the scaling action plan', () => {
  it('keeps targets and ideas per iteration with owner, due date and status, and edits only what is sent', async () => {
    const app = await appWithLab();
    const { phase } = await timeline(app);
    const owner = await app.call('participants.create', { participant: { displayName: 'Amina', sector: 'government' } });
    const target = await app.call('targets.create', {
      target: { phaseId: phase('Iteration 1').id, text: 'County budget line for coaches', ownerParticipantId: owner.id, ownerOrganisation: 'County Treasury', dueDate: '2026-12-01' },
    });
    expect(target).toMatchObject({ kind: 'target', status: 'planned', ownerName: 'Amina', carriedFromId: null, carriedToId: null, measures: [] });
    await app.call('targets.create', { target: { phaseId: phase('Iteration 1').id, kind: 'idea', text: 'Try peer coaching in two zones' } });
    const edited = await app.call('targets.update', { id: target.id, patch: { status: 'partly met' } });
    expect(edited).toMatchObject({ status: 'partly met', dueDate: '2026-12-01', ownerOrganisation: 'County Treasury', kind: 'target' });
    await expect(app.call('targets.update', { id: target.id, patch: { status: 'done' as never } })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('patch.status') });
    await expect(app.call('targets.create', { target: { phaseId: phase('Iteration 1').id, text: 'X', ownerParticipantId: '00000000-0000-4000-8000-000000000000' } })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'ownerParticipantId: that participant does not exist',
    });
    expect((await app.call('targets.list', { phaseId: phase('Iteration 1').id })).map((t) => t.text)).toEqual(['County budget line for coaches', 'Try peer coaching in two zones']);
  });

  it('shows each measure’s latest value and progress (baseline 10, target 50, latest 20 → 25%)', async () => {
    const app = await appWithLab();
    const { schools, target } = await planWithMeasures(app);
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-08-01', value: 12 } });
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-09-01', value: 20 } });
    // A second point on the same date replaces the first.
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-08-01', value: 14, note: 'corrected' } });
    const [t] = await app.call('targets.list', {});
    const m = t!.measures.find((x) => x.id === schools.id)!;
    expect(m).toMatchObject({ pointCount: 2, latest: { date: '2026-09-01', value: 20 }, progress: 0.25 });
    expect(t!.measures.find((x) => x.name === 'Teachers coached')).toMatchObject({ latest: null, progress: null });
    await expect(app.call('measures.create', { measure: { targetId: target.id, name: 'schools reached' } })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('name:') });
  });

  it('gives a progress table per iteration, every iteration listed, with counts by status', async () => {
    const app = await appWithLab();
    const { phase } = await planWithMeasures(app);
    await app.call('targets.create', { target: { phaseId: phase('Iteration 1').id, text: 'Second', status: 'met' } });
    await app.call('targets.create', { target: { phaseId: null, text: 'Someday' } });
    const blocks = await app.call('targets.progress', {});
    expect(blocks.map((b) => [b.phase?.name ?? null, b.targets.length])).toEqual([['Iteration 1', 2], ['Iteration 2', 0], ['Iteration 3', 0], ['Iteration 4', 0], [null, 1]]);
    expect(blocks[0]!.byStatus).toEqual({ planned: 0, 'in progress': 1, met: 1, 'partly met': 0, dropped: 0, 'carried over': 0 });
  });

  it('carries a target into the next iteration, keeping its history and following its measures through', async () => {
    const app = await appWithLab();
    const { target, schools } = await planWithMeasures(app);
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-09-01', value: 20 } });
    const next = await app.call('targets.carryOver', { id: target.id });
    const { phase } = await timeline(app);
    expect(next).toMatchObject({ phaseId: phase('Iteration 2').id, status: 'planned', carriedFromId: target.id, text: target.text });
    expect(next.measures.map((m) => [m.name, m.baseline, m.targetValue, m.pointCount])).toEqual([['Schools reached', 10, 50, 0], ['Teachers coached', 0, 200, 0]]);
    const old = (await app.call('targets.list', { phaseId: phase('Iteration 1').id }))[0]!;
    expect(old).toMatchObject({ status: 'carried over', carriedToId: next.id });
    expect(old.measures[0]).toMatchObject({ pointCount: 1, latest: { value: 20 } });
    const newSchools = next.measures[0]!;
    await app.call('measures.addPoint', { point: { measureId: newSchools.id, date: '2027-03-01', value: 33 } });
    const series = await app.call('measures.series', { id: newSchools.id });
    expect(series.chain.map((c) => c.measureId)).toEqual([schools.id, newSchools.id]);
    expect(series.points.map((p) => [p.date, p.value, p.phaseId])).toEqual([
      ['2026-09-01', 20, phase('Iteration 1').id],
      ['2027-03-01', 33, phase('Iteration 2').id],
    ]);
    expect(series.phases.map((p) => p.name)).toEqual(['Iteration 1', 'Iteration 2', 'Iteration 3', 'Iteration 4']);
    // The same series from the older measure.
    expect((await app.call('measures.series', { id: schools.id })).points).toHaveLength(2);
    await expect(app.call('targets.carryOver', { id: target.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    // One undo takes the whole carry-over back.
    await app.call('history.undo', {});
    await app.call('history.undo', {});
    expect((await app.call('targets.list', {})).map((t) => [t.status, t.carriedToId])).toEqual([['in progress', null]]);
  });

  it('deletes a target with its measures and points, unlinking what was carried on, and undo restores all', async () => {
    const app = await appWithLab();
    const { target, schools } = await planWithMeasures(app);
    await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-09-01', value: 20 } });
    const next = await app.call('targets.carryOver', { id: target.id });
    const before = snapshot(app);
    await app.call('targets.delete', { id: target.id });
    const left = await app.call('targets.list', {});
    expect(left.map((t) => [t.id, t.carriedFromId])).toEqual([[next.id, null]]);
    expect(left[0]!.measures.every((m) => m.carriedFromId === null)).toBe(true);
    await app.call('history.undo', {});
    expect(snapshot(app)).toEqual({ ...before, change_set: (before.change_set as number) + 1 });
  });

  it('edits and deletes data points, refusing a date another point has', async () => {
    const app = await appWithLab();
    const { schools } = await planWithMeasures(app);
    const a = await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-08-01', value: 12 } });
    const b = await app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-09-01', value: 20 } });
    await expect(app.call('measures.updatePoint', { id: b.id, patch: { date: '2026-08-01' } })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('date:') });
    expect(await app.call('measures.updatePoint', { id: b.id, patch: { value: 21 } })).toMatchObject({ date: '2026-09-01', value: 21 });
    expect(await app.call('measures.deletePoints', { ids: [a.id, b.id] })).toEqual({ deleted: 2 });
    await expect(app.call('measures.addPoint', { point: { measureId: schools.id, date: '2026-13-01', value: 1 } })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('point.date') });
  });
});
