import type { TargetStatus } from '../../shared/domain/action-plan';
import type { Sector } from '../../shared/domain/participant';
import type { TimePoint } from '../../shared/domain/tracking';

export const TARGET_STATUS_LABELS: Record<TargetStatus, string> = {
  planned: 'Planned',
  'in progress': 'In progress',
  met: 'Met',
  'partly met': 'Partly met',
  dropped: 'Dropped',
  'carried over': 'Carried over',
};

export const TARGET_STATUS_COLORS: Record<TargetStatus, string> = {
  planned: 'gray',
  'in progress': 'blue',
  met: 'green',
  'partly met': 'yellow',
  dropped: 'red',
  'carried over': 'violet',
};

export const TIME_POINT_LABELS: Record<TimePoint, string> = { baseline: 'Baseline', midline: 'Midline', endline: 'Endline' };

/** Chart colours: Mantine's 6th shades, one hue per sector, so a stacked bar reads the same on every chart. */
export const SECTOR_COLOURS: Record<Sector, string> = {
  government: '#228be6',
  'civil society': '#12b886',
  implementer: '#fd7e14',
  funder: '#be4bdb',
  research: '#15aabf',
  community: '#82c91e',
  'private sector': '#e64980',
  other: '#868e96',
};
export const NO_SECTOR_COLOUR = '#ced4da';

export const TIME_POINT_COLOURS: Record<TimePoint, string> = { baseline: '#adb5bd', midline: '#3991a6', endline: '#0b6a7e' };

/** 0.7 → "70%"; null (nobody to count) → "—". */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${Math.round(rate * 100)}%`;
}

/** Means and values as people write them: at most two decimals, no trailing zeros. */
export function decimal(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  return value.toLocaleString(undefined, { maximumFractionDigits: digits });
}

/** A change with its sign, so "+0.4" and "−0.2" read at a glance. */
export function signed(value: number | null | undefined, digits = 2): string {
  if (value === null || value === undefined) return '—';
  const rounded = Number(value.toFixed(digits));
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toLocaleString(undefined, { maximumFractionDigits: digits })}`;
}
