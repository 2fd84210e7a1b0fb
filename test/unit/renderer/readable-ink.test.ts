import { describe, expect, it } from 'vitest';
import { contrastRatio, readableInk } from '../../../src/renderer/appearance/readable-ink';
import { CODE_SWATCHES } from '../../../src/renderer/codebook/code-colours';

const WHITE = '#ffffff';
const DARK_PANEL = '#242424'; // Mantine's dark-7, the document panel in the dark scheme

describe('readable ink for a code colour', () => {
  it('reaches 4.5:1 for every swatch and for pale or dark picks, on the light and the dark panel', () => {
    for (const colour of [...CODE_SWATCHES, '#ffff00', '#ffffff', '#000000', '#ca5875']) {
      expect(contrastRatio(readableInk(colour, WHITE), WHITE), `${colour} on white`).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(readableInk(colour, DARK_PANEL), DARK_PANEL), `${colour} on dark`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a colour that already reads, and changes a pale one only as far as it must', () => {
    expect(readableInk('#2f6fb0', WHITE)).toBe('#2f6fb0');
    const ink = readableInk('#ca5875', WHITE); // 4.06:1 as it is
    expect(ink).not.toBe('#ca5875');
    expect(contrastRatio(ink, WHITE)).toBeLessThan(6);
  });
});
