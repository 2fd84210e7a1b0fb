import { createElement, type ReactNode } from 'react';

/** The look every tracking chart shares, matching the evidence charts: quiet grid, small grey ticks. */
export const GRID_STROKE = '#e9ecef';
export const AXIS_STROKE = '#ced4da';
export const TICK = { fontSize: 11, fill: '#868e96' } as const;
export const TOOLTIP_STYLE = { fontSize: 12, borderRadius: 8, borderColor: '#dee2e6' } as const;
export const LEGEND_STYLE = { fontSize: 11, paddingTop: 4 } as const;

/** Axis labels that would run into each other are cut with an ellipsis; the tooltip has the full name. */
export function shortLabel(label: string, max = 18): string {
  const s = label.trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Legend entries in the text colour: recharts paints them in the series colour, unreadable for light greys. */
export function legendText(value: string): ReactNode {
  return createElement('span', { style: { color: '#495057' } }, value);
}
