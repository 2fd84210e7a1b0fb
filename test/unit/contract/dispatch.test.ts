import { describe, expect, it } from 'vitest';
import { dispatch, operationNames } from '../../../src/core/dispatch';
import { operations } from '../../../src/shared/contract';
import { ErrorCode } from '../../../src/shared/contract/errors';
import { appWithLab, testApp } from '../../helpers/temp';

const GARBAGE: unknown[] = [null, 42, 'text', [], { id: 'not-a-uuid' }, { patch: { startDate: '31/12/2026' } }, { ids: [] }, { name: '' }, { path: '' }];

describe('the contract dispatcher', () => {
  it('has exactly one handler for every declared operation', () => {
    expect(operationNames().sort()).toEqual(Object.keys(operations).sort());
  });

  it('answers malformed input with INVALID_INPUT naming the field, never a crash', async () => {
    const app = await appWithLab();
    const r = await dispatch(app.ws, 'participants.create', { participant: { displayName: 'A', sector: 'aliens', joinedOn: 'yesterday' } });
    expect(r).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/participant\.sector.*participant\.joinedOn/s) },
    });
  });

  it('never lets garbage through to core as an internal error, for any operation', async () => {
    const app = await appWithLab();
    for (const name of Object.keys(operations)) {
      for (const input of GARBAGE) {
        const r = await dispatch(app.ws, name, input);
        if (!r.ok) {
          expect(ErrorCode.options).toContain(r.error.code);
          expect(r.error.code, `${name} with ${JSON.stringify(input)}: ${r.error.message}`).not.toBe('INTERNAL');
          expect(r.error.message).not.toMatch(/at .*\.ts:\d+|SELECT|INSERT/);
        }
      }
    }
  });

  it('names unknown operations, and lab operations without a lab', async () => {
    const app = testApp();
    expect(await dispatch(app.ws, 'labs.format', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OPERATION' } });
    expect(await dispatch(app.ws, 'participants.list', {})).toMatchObject({ ok: false, error: { code: 'NO_LAB_OPEN' } });
  });

  it('rejects an edit that would make a phase end before it starts, keeping the phase as it was', async () => {
    const app = await appWithLab();
    const [phase] = (await app.call('timeline.get', {})).phases;
    await expect(app.call('phases.update', { id: phase!.id, patch: { endDate: '2020-01-01' } })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await app.call('timeline.get', {})).phases[0]).toEqual(phase);
  });
});
