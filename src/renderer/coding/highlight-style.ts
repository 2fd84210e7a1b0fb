import type { Excerpt } from '../../shared/domain/coding';

/** `#rrggbb` at an opacity, for tints that let the text and the layers beneath show through. */
export function hexToRgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1, 7), 16);
  if (!/^#[0-9a-f]{6}$/i.test(hex) || Number.isNaN(n)) return `rgba(120, 120, 120, ${alpha})`;
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The colour an excerpt is drawn in: its first code's; null for a comment (a memo without codes). */
export function excerptColour(e: Excerpt, colours: ReadonlyMap<string, string>): string | null {
  for (const c of e.codes) {
    const colour = colours.get(c.codeId);
    if (colour) return colour;
  }
  return e.codes.length ? '#868e96' : null;
}

export interface HighlightStyle {
  backgroundImage?: string;
  boxShadow?: string;
}

/**
 * Each covering excerpt adds a translucent layer, so overlaps read as a deeper tint; where two or more
 * overlap, the innermost one also underlines the text in its colour. `active` strengthens the tint.
 */
export function highlightStyle(colours: readonly (string | null)[], active: boolean): HighlightStyle {
  const coloured = colours.filter((c): c is string => c !== null);
  if (coloured.length === 0) return {};
  const alpha = active ? 0.5 : 0.3;
  const style: HighlightStyle = {
    backgroundImage: coloured
      .map((c, i) => {
        const tint = hexToRgba(c, i === 0 ? alpha : alpha * 0.75);
        return `linear-gradient(${tint}, ${tint})`;
      })
      .join(', '),
  };
  if (coloured.length > 1) style.boxShadow = `inset 0 -2px 0 ${hexToRgba(coloured.at(-1)!, 0.9)}`;
  return style;
}
