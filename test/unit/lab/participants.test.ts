import { describe, expect, it } from 'vitest';
import { appWithLab } from '../../helpers/temp';

describe('participants', () => {
  it('get a pseudonym naming only their sector, numbered per sector', async () => {
    const app = await appWithLab();
    const names: string[] = [];
    for (const sector of ['government', 'government', 'implementer', null] as const) {
      names.push((await app.call('participants.create', { participant: { displayName: 'X', sector } })).pseudonym);
    }
    expect(names).toEqual(['GOV-01', 'GOV-02', 'IMP-01', 'P-01']);
  });

  it('keep every field DESIGN.md lists, free attributes included', async () => {
    const app = await appWithLab();
    const p = await app.call('participants.create', {
      participant: {
        displayName: 'Dr Grace Mwangi',
        pseudonym: 'Reading coach A',
        organisation: 'County Education Office',
        sector: 'government',
        role: 'Curriculum support officer',
        level: 'implementation',
        group: 'comparison',
        consent: 'given',
        email: 'grace@example.org',
        joinedOn: '2026-02-01',
        leftOn: '2027-03-01',
        attributes: { county: 'Kisumu', gender: 'female' },
      },
    });
    expect((await app.call('participants.list', {}))[0]).toEqual(p);
    expect(p).toMatchObject({ pseudonym: 'Reading coach A', group: 'comparison', attributes: { county: 'Kisumu' } });
  });

  it('refuse a pseudonym that another participant already has', async () => {
    const app = await appWithLab();
    await app.call('participants.create', { participant: { displayName: 'A', pseudonym: 'Teacher 1' } });
    const b = await app.call('participants.create', { participant: { displayName: 'B' } });
    await expect(app.call('participants.update', { id: b.id, patch: { pseudonym: 'teacher 1' } })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('pseudonym'),
    });
  });
});
