import { darken, lighten, luminance } from '@mantine/core';

/** WCAG 2.1 AA for normal-size text. */
const AA_TEXT = 4.5;

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * A code's own colour as text on `background`, darkened (light panels) or lightened (dark panels) only as far as
 * AA needs. Code colours are the documenter's choice, picked to tint a highlight behind black text, so many of them
 * are too pale to be read as text themselves; the hue stays, so a label still matches its stripe.
 */
export function readableInk(colour: string, background: string): string {
  if (contrastRatio(colour, background) >= AA_TEXT) return colour;
  const shift = luminance(background) > 0.18 ? darken : lighten;
  for (let amount = 0.05; amount < 1; amount += 0.05) {
    const ink = shift(colour, amount);
    if (contrastRatio(ink, background) >= AA_TEXT) return ink;
  }
  return shift(colour, 1);
}
