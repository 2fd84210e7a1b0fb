import { describe, expect, it } from 'vitest';
import { Axis } from '../../../src/shared/domain/evidence';
import { axisFromValue, axisOptions, axisValue } from '../../../src/renderer/reports/dialogs/axis-options';

describe('the axes a live matrix can count by', () => {
  const dimensions = [{ id: '0e5a6a4e-53f5-4a4f-9d5e-2f6c5c1b9b10', label: 'Type of evidence' }];

  it('offers every axis once, and each option value reads back as a valid axis', () => {
    const values = axisOptions(dimensions, ['county', 'school type']).flatMap((g) => g.items.map((i) => i.value));
    expect(new Set(values).size).toBe(values.length);
    for (const v of values) {
      const axis = Axis.parse(axisFromValue(v));
      expect(axisValue(axis)).toBe(v);
    }
    expect(values).toEqual(expect.arrayContaining(['dimension:0e5a6a4e-53f5-4a4f-9d5e-2f6c5c1b9b10', 'attribute:school type', 'sector', 'phase', 'code']));
  });

  it('keeps a colon inside an attribute name', () => {
    expect(axisFromValue('attribute:cohort: 2025')).toEqual({ kind: 'attribute', name: 'cohort: 2025' });
  });

  it('leaves the attribute group out when participants have no free attributes', () => {
    expect(axisOptions(dimensions, []).map((g) => g.group)).not.toContain('Participant attributes');
  });
});
