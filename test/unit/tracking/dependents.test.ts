import { describe, expect, it } from 'vitest';
import { detachTrackingOfPhase, removeTrackingOfConvenings, removeTrackingOfParticipants } from '../../../src/core/tracking/dependents';
import { appWithLab } from '../../helpers/temp';
import { snapshot, timeline } from './tracking-lab';

describe('tracking rows when what they point at is deleted', () => {
  it('are removed or detached in the same change set, so one undo restores everything', async () => {
    const app = await appWithLab();
    const t = await timeline(app);
    const amina = await app.call('participants.create', { participant: { displayName: 'Amina' } });
    const initial = t.convening('Initial convening');
    const iteration = t.phase('Iteration 1');
    await app.call('attendance.set', { conveningId: initial.id, entries: [{ participantId: amina.id, status: 'present' }], guests: [{ name: 'Visitor' }] });
    await app.call('participation.setNote', { participantId: amina.id, conveningId: initial.id, level: 'high' });
    await app.call('participation.setNote', { participantId: amina.id, phaseId: iteration.id, level: 'low' });
    const target = await app.call('targets.create', { target: { phaseId: iteration.id, text: 'T', ownerParticipantId: amina.id } });
    const store = app.ws.store;
    const before = snapshot(app);
    // What participants.delete, convenings.delete and phases.delete do once they call the hooks.
    store.write('Delete participant, convening and phase', (w) => {
      removeTrackingOfParticipants(w, store, [amina.id]);
      w.remove('participant', amina.id);
      removeTrackingOfConvenings(w, store, [initial.id]);
      w.remove('convening', initial.id);
      detachTrackingOfPhase(w, store, iteration.id);
      w.update('convening', t.convening('Reflection convening 1').id, { phase_id: null });
      w.remove('phase', iteration.id);
    });
    expect(await app.call('targets.list', {})).toMatchObject([{ id: target.id, ownerParticipantId: null, phaseId: null }]);
    expect(await app.call('participation.notes', {})).toEqual([]);
    await app.call('history.undo', {});
    expect(snapshot(app)).toEqual({ ...before, change_set: (before.change_set as number) + 1 });
  });
});
