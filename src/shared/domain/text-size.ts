import { z } from 'zod';

/** The text sizes offered, in percent of the default: up to 200%, as WCAG's Resize Text asks. */
export const TEXT_SIZES = [90, 100, 110, 125, 150, 175, 200] as const;
export const DEFAULT_TEXT_SIZE = 100;
export const SMALLEST_TEXT_SIZE = 90;
export const LARGEST_TEXT_SIZE = 200;

export const TextSize = z
  .number()
  .int()
  .refine((n) => (TEXT_SIZES as readonly number[]).includes(n), `textSize: one of ${TEXT_SIZES.join(', ')} percent`);

/** The next size up (+1) or down (−1) from `current`, staying at the ends; an unlisted size snaps to a listed one. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  const sizes: readonly number[] = TEXT_SIZES;
  if (direction > 0) return sizes.find((s) => s > current) ?? sizes[sizes.length - 1]!;
  return [...sizes].reverse().find((s) => s < current) ?? sizes[0]!;
}
