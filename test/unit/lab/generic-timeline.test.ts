import { describe, expect, it } from 'vitest';
import { genericTimeline } from '../../../src/core/lab/generic-timeline';

describe('the generic lab timeline', () => {
  it('is research & planning, four six-month iterations and a final phase, back to back', () => {
    const { phases } = genericTimeline('2026-01-15');
    expect(phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Research & planning', '2026-01-15', '2026-07-14'],
      ['Iteration 1', '2026-07-15', '2027-01-14'],
      ['Iteration 2', '2027-01-15', '2027-07-14'],
      ['Iteration 3', '2027-07-15', '2028-01-14'],
      ['Iteration 4', '2028-01-15', '2028-07-14'],
      ['Final phase', '2028-07-15', '2029-01-14'],
    ]);
  });

  it('closes research with the initial convening, each iteration with a reflection, the lab with the final convening', () => {
    const { convenings } = genericTimeline('2026-01-15');
    expect(convenings.map((c) => [c.kind, c.name, c.date, c.phaseIndex])).toEqual([
      ['initial', 'Initial convening', '2026-07-14', 0],
      ['reflection', 'Reflection convening 1', '2027-01-14', 1],
      ['reflection', 'Reflection convening 2', '2027-07-14', 2],
      ['reflection', 'Reflection convening 3', '2028-01-14', 3],
      ['reflection', 'Reflection convening 4', '2028-07-14', 4],
      ['final', 'Final convening', '2029-01-14', 5],
    ]);
  });

  it('clamps month ends instead of spilling into the next month', () => {
    const { phases } = genericTimeline('2027-08-31');
    // 31 August + 6 months is 29 February 2028 (a leap year), so research ends on the 28th.
    expect(phases[0]!.endDate).toBe('2028-02-28');
    expect(phases[1]!.startDate).toBe('2028-02-29');
  });
});
