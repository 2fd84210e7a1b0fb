import { createElement, type ReactNode } from 'react';

/**
 * The look every tracking chart shares, matching the evidence charts: quiet grid, small grey ticks. CSS variables,
 * not hex, so the dark theme repaints them (SVG presentation attributes take var()).
 */
export const GRID_STROKE = 'var(--wb-gray-1)';
export const AXIS_STROKE = 'var(--wb-gray-4)';
export const TICK = { fontSize: 11, fill: 'var(--mantine-color-dimmed)' } as const;
export const TOOLTIP_STYLE = { fontSize: 12, borderRadius: 8, borderColor: 'var(--wb-gray-3)', background: 'var(--wb-surface)' } as const;
export const LEGEND_STYLE = { fontSize: 11, paddingTop: 4 } as const;

/** Axis labels that would run into each other are cut with an ellipsis; the tooltip has the full name. */
export function shortLabel(label: string, max = 18): string {
  const s = label.trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Legend entries in the text colour: recharts paints them in the series colour, unreadable for light greys. */
export function legendText(value: string): ReactNode {
  return createElement('span', { style: { color: 'var(--wb-gray-7)' } }, value);
}
