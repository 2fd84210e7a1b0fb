import { describe, expect, it } from 'vitest';
import { appWithLab } from '../../helpers/temp';
import { snapshot, timeline } from './tracking-lab';

/**
 * The lab, worked by hand (start 2026-01-15; the initial convening is on 2026-07-14, reflection convening 1
 * on 2027-01-14; Iteration 1 runs 2026-07-15 – 2027-01-14):
 *
 *   A  government   joined 2026-07-01
 *   B  government   no joined date (counts from the start), left 2026-12-01
 *   C  implementer  joined 2026-07-14 (the day of the initial convening: active that day)
 *   D  research     joined 2026-08-01
 *   E  government   comparison group: never in a denominator
 *
 * Initial convening (2026-07-14): active A, B, C = 3. Present A, C (and E, and a named guest); B absent.
 *   rate 2/3; government 1/2 (A of A, B); implementer 1/1. presentTotal 3 (A, C, E), guests 1.
 * Reflection convening 1 (2027-01-14): active A, C, D = 3 (B left). Present A, D; C absent.
 *   rate 2/3; government 1/1; implementer 0/1; research 1/1.
 * Pooled over both: government 2/3, implementer 1/2, research 1/1; overall 4/6.
 *
 * Attrition, lab group only:
 *   Research & planning: at start (active 2026-01-14) B = 1; joined A, C = 2; left none; at end A, B, C = 3;
 *     ever joined 3; retention 3/3 = 1.
 *   Iteration 1: at start A, B, C = 3; joined D = 1; left B (government, 2026-12-01); at end A, C, D = 3 = 3 + 1 − 1;
 *     ever joined A, B, C, D = 4; retention 3/4 = 0.75.
 *   Iteration 2: at start 3, nobody joins or leaves, at end 3, retention 3/4.
 */
async function handWorkedLab() {
  const app = await appWithLab();
  const make = (displayName: string, sector: 'government' | 'implementer' | 'research', joinedOn: string | null, leftOn: string | null = null, group: 'lab' | 'comparison' = 'lab') =>
    app.call('participants.create', { participant: { displayName, sector, joinedOn, leftOn, group } });
  const A = await make('Amina', 'government', '2026-07-01');
  const B = await make('Baraka', 'government', null, '2026-12-01');
  const C = await make('Chege', 'implementer', '2026-07-14');
  const D = await make('Dina', 'research', '2026-08-01');
  const E = await make('Esther', 'government', null, null, 'comparison');
  const t = await timeline(app);
  return { app, A, B, C, D, E, ...t, initial: t.convening('Initial convening'), reflection: t.convening('Reflection convening 1') };
}

type Lab = Awaited<ReturnType<typeof handWorkedLab>>;

async function takeBoth({ app, A, B, C, D, E, initial, reflection }: Lab) {
  await app.call('attendance.set', {
    conveningId: initial.id,
    entries: [
      { participantId: A.id, status: 'present' },
      { participantId: B.id, status: 'absent' },
      { participantId: C.id, status: 'present' },
      { participantId: E.id, status: 'present' },
    ],
    guests: [{ name: 'County director', organisation: 'County Education Office', sector: 'government' }],
  });
  await app.call('attendance.set', {
    conveningId: reflection.id,
    entries: [
      { participantId: A.id, status: 'present' },
      { participantId: C.id, status: 'absent' },
      { participantId: D.id, status: 'present' },
    ],
  });
}

const sectors = (rows: { sector: string | null; present: number; active: number }[]) => rows.map((r) => [r.sector, r.present, r.active]);

describe('participation', () => {
  it('gives the rates per convening and per sector worked by hand', async () => {
    const lab = await handWorkedLab();
    await takeBoth(lab);
    const s = await lab.app.call('participation.summary', {});
    const initial = s.convenings.find((c) => c.conveningId === lab.initial.id)!;
    expect(initial).toMatchObject({ recorded: true, present: 2, active: 3, absent: 1, guests: 1, presentTotal: 3 });
    expect(initial.rate).toBeCloseTo(2 / 3, 10);
    expect(sectors(initial.bySector)).toEqual([['government', 1, 2], ['implementer', 1, 1]]);
    const reflection = s.convenings.find((c) => c.conveningId === lab.reflection.id)!;
    expect(reflection).toMatchObject({ present: 2, active: 3, absent: 1, guests: 0 });
    expect(sectors(reflection.bySector)).toEqual([['government', 1, 1], ['implementer', 0, 1], ['research', 1, 1]]);
    // A convening where nobody took attendance has no rate, and does not pull the pooled rates down.
    expect(s.convenings.find((c) => c.name === 'Reflection convening 2')).toMatchObject({ recorded: false, rate: null, active: 3 });
    expect(sectors(s.sectors)).toEqual([['government', 2, 3], ['implementer', 1, 2], ['research', 1, 1]]);
    expect(s.overall).toEqual({ present: 4, active: 6, rate: 4 / 6 });
    expect(s.convenings.map((c) => c.date)).toEqual([...s.convenings.map((c) => c.date)].sort());
  });

  it('gives attrition and the retention curve worked by hand', async () => {
    const lab = await handWorkedLab();
    const { phases } = await lab.app.call('participation.attrition', {});
    const [research, it1, it2] = phases;
    expect(research).toMatchObject({ name: 'Research & planning', atStart: 1, joined: 2, left: [], atEnd: 3, everJoined: 3, retention: 1 });
    expect(it1).toMatchObject({ name: 'Iteration 1', atStart: 3, joined: 1, atEnd: 3, everJoined: 4, retention: 0.75 });
    expect(it1!.left).toEqual([{ participantId: lab.B.id, displayName: 'Baraka', pseudonym: 'GOV-02', sector: 'government', leftOn: '2026-12-01' }]);
    expect(it1!.leftBySector).toEqual([{ sector: 'government', count: 1 }]);
    expect(it2).toMatchObject({ atStart: 3, joined: 0, left: [], atEnd: 3, retention: 0.75 });
  });

  it('shows the tick-list of a convening: who was active that day and who is recorded', async () => {
    const lab = await handWorkedLab();
    await takeBoth(lab);
    const sheet = await lab.app.call('attendance.get', { conveningId: lab.initial.id });
    expect(sheet.roster.map((r) => [r.displayName, r.active, r.status])).toEqual([
      ['Amina', true, 'present'],
      ['Baraka', true, 'absent'],
      ['Chege', true, 'present'],
      ['Esther', false, 'present'],
    ]);
    expect(sheet.guests).toEqual([{ id: expect.any(String), name: 'County director', organisation: 'County Education Office', sector: 'government' }]);
  });

  it('adds a guest on the spot as a participant who joined that day, in the same undoable step', async () => {
    const lab = await handWorkedLab();
    const before = snapshot(lab.app);
    const r = await lab.app.call('attendance.set', {
      conveningId: lab.initial.id,
      entries: [{ participantId: lab.A.id, status: 'present' }],
      newParticipants: [{ displayName: 'Faith', sector: 'civil society' }],
    });
    const faith = (await lab.app.call('participants.list', {})).find((p) => p.displayName === 'Faith')!;
    expect(faith).toMatchObject({ joinedOn: '2026-07-14', pseudonym: 'CSO-01' });
    expect(r.summary).toMatchObject({ present: 2, active: 4 });
    expect((await lab.app.call('history.state', {})).undoLabel).toBe('Take attendance at Initial convening');
    await lab.app.call('history.undo', {});
    expect(snapshot(lab.app)).toMatchObject({ ...before, change_set: expect.any(Number) });
  });

  it('undoes and redoes a change of attendance', async () => {
    const lab = await handWorkedLab();
    await takeBoth(lab);
    const rateOf = async () => (await lab.app.call('attendance.get', { conveningId: lab.reflection.id })).summary;
    expect(await rateOf()).toMatchObject({ present: 2, active: 3 });
    await lab.app.call('attendance.set', {
      conveningId: lab.reflection.id,
      entries: [
        { participantId: lab.C.id, status: 'present' },
        { participantId: lab.D.id, status: null },
      ],
    });
    expect(await rateOf()).toMatchObject({ present: 2, absent: 0 });
    expect((await lab.app.call('attendance.get', { conveningId: lab.reflection.id })).roster.find((r) => r.participantId === lab.D.id)!.status).toBeNull();
    await lab.app.call('history.undo', {});
    const back = await lab.app.call('attendance.get', { conveningId: lab.reflection.id });
    expect(back.roster.map((r) => [r.displayName, r.status])).toEqual([['Amina', 'present'], ['Chege', 'absent'], ['Dina', 'present']]);
    await lab.app.call('history.redo', {});
    expect(await rateOf()).toMatchObject({ present: 2, absent: 0 });
  });

  it('replaces the named guests when given, and keeps them when not', async () => {
    const lab = await handWorkedLab();
    await takeBoth(lab);
    const [guest] = (await lab.app.call('attendance.get', { conveningId: lab.initial.id })).guests;
    await lab.app.call('attendance.set', { conveningId: lab.initial.id, entries: [{ participantId: lab.B.id, status: 'present' }] });
    expect((await lab.app.call('attendance.get', { conveningId: lab.initial.id })).guests).toHaveLength(1);
    const r = await lab.app.call('attendance.set', {
      conveningId: lab.initial.id,
      guests: [{ id: guest!.id, name: 'County director of education' }, { name: 'Head teacher, Kisumu Central' }],
    });
    expect(r.guests.map((g) => g.name)).toEqual(['County director of education', 'Head teacher, Kisumu Central']);
    expect(r.summary.guests).toBe(2);
  });

  it('refuses unknown people and guests, naming the field, and stores nothing', async () => {
    const lab = await handWorkedLab();
    const before = snapshot(lab.app);
    await expect(
      lab.app.call('attendance.set', {
        conveningId: lab.initial.id,
        entries: [{ participantId: lab.A.id, status: 'present' }, { participantId: '00000000-0000-4000-8000-000000000000', status: 'present' }],
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: 'entries.1.participantId: that participant does not exist' });
    await expect(
      lab.app.call('attendance.set', { conveningId: lab.initial.id, guests: [{ id: '00000000-0000-4000-8000-000000000000', name: 'X' }] }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('guests.0.id') });
    await expect(lab.app.call('attendance.set', { conveningId: lab.initial.id, guests: [{ name: ' ' }] })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('guests.0.name: a guest needs a name'),
    });
    expect(snapshot(lab.app)).toEqual(before);
  });

  it('keeps responsiveness notes per convening or per phase', async () => {
    const lab = await handWorkedLab();
    const { app, A, initial, phase } = lab;
    await app.call('participation.setNote', { participantId: A.id, conveningId: initial.id, level: 'high', note: 'Led the costing group.' });
    await app.call('participation.setNote', { participantId: A.id, phaseId: phase('Iteration 1').id, level: 'medium', note: 'Slow to reply in October.' });
    await app.call('participation.setNote', { participantId: A.id, conveningId: initial.id, level: 'high', note: 'Led the costing group; shared the budget.' });
    const notes = await app.call('participation.notes', { participantId: A.id });
    expect(notes.map((n) => [n.level, n.note])).toEqual([
      ['high', 'Led the costing group; shared the budget.'],
      ['medium', 'Slow to reply in October.'],
    ]);
    await expect(app.call('participation.setNote', { participantId: A.id, conveningId: initial.id, phaseId: phase('Iteration 1').id })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('either a convening or a phase'),
    });
    expect(await app.call('participation.setNote', { participantId: A.id, phaseId: phase('Iteration 1').id })).toBeNull();
    expect(await app.call('participation.notes', { participantId: A.id })).toHaveLength(1);
  });
});

