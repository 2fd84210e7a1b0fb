import type { Axis } from '../../../shared/domain/evidence';

/** A cross-table axis as a Select value: `dimension:ID`, `attribute:NAME`, or the axis kind. */
export function axisValue(a: Axis | null): string | null {
  if (!a) return null;
  if (a.kind === 'dimension') return `dimension:${a.dimensionId}`;
  if (a.kind === 'attribute') return `attribute:${a.name}`;
  return a.kind;
}

export function axisFromValue(v: string): Axis {
  if (v.startsWith('dimension:')) return { kind: 'dimension', dimensionId: v.slice('dimension:'.length) };
  if (v.startsWith('attribute:')) return { kind: 'attribute', name: v.slice('attribute:'.length) };
  return { kind: v } as Axis;
}

const FIXED = [
  { group: 'Codes', items: [{ value: 'code', label: 'Code' }, { value: 'topCode', label: 'Top-level code' }] },
  {
    group: 'When and where',
    items: [
      { value: 'phase', label: 'Phase' },
      { value: 'convening', label: 'Convening' },
      { value: 'sourceKind', label: 'Source kind' },
      { value: 'timePoint', label: 'Survey time point' },
    ],
  },
  {
    group: 'Who said it',
    items: [
      { value: 'sector', label: 'Sector' },
      { value: 'role', label: 'Role' },
      { value: 'level', label: 'Level' },
      { value: 'group', label: 'Lab or comparison group' },
      { value: 'organisation', label: 'Organisation' },
      { value: 'participant', label: 'Participant' },
    ],
  },
];

/** Every axis a matrix can count by, grouped for a Select: evidence dimensions first, then the fixed ones. */
export function axisOptions(dimensions: { id: string; label: string }[], attributes: string[]) {
  const out = [{ group: 'Evidence', items: dimensions.map((d) => ({ value: `dimension:${d.id}`, label: d.label })) }, ...FIXED];
  if (attributes.length) out.push({ group: 'Participant attributes', items: attributes.map((a) => ({ value: `attribute:${a}`, label: a })) });
  return out;
}
