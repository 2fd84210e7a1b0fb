import { describe, expect, it } from 'vitest';
import { appWithLab } from '../../helpers/temp';

describe('edits send only what changed', () => {
  it('keeps the fields an edit leaves out (no defaults sneak in)', async () => {
    const app = await appWithLab();
    await app.call('lab.update', { patch: { country: 'Ghana', city: 'Tamale', initiatives: ['Reading'] } });
    await app.call('lab.update', { patch: { city: 'Accra' } });
    expect(await app.call('lab.get', {})).toMatchObject({ country: 'Ghana', city: 'Accra', initiatives: ['Reading'] });

    const { convenings } = await app.call('timeline.get', {});
    const c = convenings[1]!;
    const moved = await app.call('convenings.update', { id: c.id, patch: { location: 'Tamale' } });
    expect(moved).toMatchObject({ phaseId: c.phaseId, name: c.name, location: 'Tamale' });

    const p = await app.call('participants.create', { participant: { displayName: 'A', sector: 'government', attributes: { county: 'Kisumu' } } });
    const edited = await app.call('participants.update', { id: p.id, patch: { role: 'Officer' } });
    expect(edited).toMatchObject({ sector: 'government', consent: 'pending', attributes: { county: 'Kisumu' }, role: 'Officer' });
  });
});
