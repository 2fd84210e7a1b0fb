import { describe, expect, it } from 'vitest';
import { appWithLab } from '../../helpers/temp';

describe('undo and redo through the change log', () => {
  it('undoes and redoes an insert, an update and a delete, in order', async () => {
    const app = await appWithLab();
    const p = await app.call('participants.create', { participant: { displayName: 'Amani', sector: 'government' } });
    await app.call('participants.update', { id: p.id, patch: { role: 'District officer' } });
    await app.call('participants.delete', { ids: [p.id] });
    expect(await app.call('participants.list', {})).toHaveLength(0);

    expect((await app.call('history.state', {})).undoLabel).toBe('Delete participant');
    await app.call('history.undo', {});
    expect((await app.call('participants.list', {}))[0]).toMatchObject({ displayName: 'Amani', role: 'District officer' });
    await app.call('history.undo', {});
    expect((await app.call('participants.list', {}))[0]!.role).toBe('');
    await app.call('history.undo', {});
    expect(await app.call('participants.list', {})).toHaveLength(0);

    const state = await app.call('history.redo', {});
    expect(state.redoLabel).toBe('Edit participant');
    expect((await app.call('participants.list', {}))[0]!.pseudonym).toBe('GOV-01');
    await app.call('history.redo', {});
    expect((await app.call('participants.list', {}))[0]!.role).toBe('District officer');
  });

  it('never undoes the creation of the lab', async () => {
    const app = await appWithLab();
    expect(await app.call('history.state', {})).toEqual({ undoLabel: null, redoLabel: null });
    await app.call('history.undo', {});
    expect((await app.call('timeline.get', {})).phases).toHaveLength(6);
  });

  it('forgets the redo steps once a new edit is made', async () => {
    const app = await appWithLab();
    await app.call('lab.update', { patch: { country: 'Ghana' } });
    await app.call('history.undo', {});
    expect((await app.call('history.state', {})).redoLabel).toBe('Edit lab profile');
    await app.call('lab.update', { patch: { city: 'Accra' } });
    expect((await app.call('history.state', {})).redoLabel).toBeNull();
    expect(await app.call('lab.get', {})).toMatchObject({ country: '', city: 'Accra' });
  });

  it('puts convenings back in their phase when a phase deletion is undone', async () => {
    const app = await appWithLab();
    const { phases, convenings } = await app.call('timeline.get', {});
    const iteration1 = phases[1]!;
    await app.call('phases.delete', { id: iteration1.id });
    const after = await app.call('timeline.get', {});
    expect(after.phases).toHaveLength(5);
    expect(after.convenings.find((c) => c.name === 'Reflection convening 1')!.phaseId).toBeNull();
    await app.call('history.undo', {});
    const restored = await app.call('timeline.get', {});
    expect(restored.phases.map((p) => p.id)).toContain(iteration1.id);
    expect(restored.convenings).toEqual(convenings);
  });

  it('refuses to undo over a change someone else made since, and changes nothing', async () => {
    const app = await appWithLab();
    const p = await app.call('participants.create', { participant: { displayName: 'Baraka' } });
    await app.call('participants.update', { id: p.id, patch: { organisation: 'Ministry' } });
    // A second window on the same file edits the same row, outside this window's view of history.
    app.ws.store.db.prepare(`UPDATE participant SET organisation = 'NGO' WHERE id = ?`).run(p.id);
    await expect(app.call('history.undo', {})).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await app.call('participants.list', {}))[0]!.organisation).toBe('NGO');
  });

  it('records who changed what, and when', async () => {
    const app = await appWithLab();
    await app.call('lab.update', { patch: { localPartner: 'Partner' } });
    const [last] = await app.call('history.list', { limit: 5 });
    expect(last).toMatchObject({ label: 'Edit lab profile', coderName: 'Test Coder', state: 'done', tables: ['lab'] });
    const lab = await app.call('lab.get', {});
    const coders = await app.call('coders.list', {});
    expect(lab.updatedBy).toBe(coders[0]!.id);
    expect(lab.updatedAt >= lab.createdAt).toBe(true);
  });

  it('leaves nothing half-written when a write fails midway', async () => {
    const app = await appWithLab();
    const a = await app.call('participants.create', { participant: { displayName: 'A' } });
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(app.call('participants.delete', { ids: [a.id, missing] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await app.call('participants.list', {})).toHaveLength(1);
    expect((await app.call('history.state', {})).undoLabel).toBe('Add participant P-01');
  });
});
