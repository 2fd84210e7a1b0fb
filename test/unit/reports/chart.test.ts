import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { barChartPng, chartHasData } from '../../../src/core/export/chart/bar-chart';
import { TrueTypeFont } from '../../../src/core/export/chart/truetype-font';

/** Width, height and RGB pixels of a PNG written by encodePng (8-bit RGB, Sub filter). */
function decode(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') chunks.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(chunks));
  const stride = width * 3;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (stride + 1)]).toBe(1);
    for (let i = 0; i < stride; i++) pixels[y * stride + i] = (raw[y * (stride + 1) + 1 + i]! + (i >= 3 ? pixels[y * stride + i - 3]! : 0)) & 255;
  }
  return { width, height, pixels };
}

const count = (pixels: Uint8Array, test: (r: number, g: number, b: number) => boolean) => {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 3) if (test(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!)) n++;
  return n;
};

describe('bar charts as PNG images', () => {
  it('draws bars in the series colours and labels in dark text, at the size asked for', () => {
    const chart = { categories: ['Research evidence', 'Sector-generated data', 'Pédagogie'], series: [{ name: 'Iteration 1', values: [3, 5, 0] }, { name: 'Iteration 2', values: [1, 0, 4] }], unit: 'excerpts', max: null };
    const { png, widthInches, heightInches } = barChartPng(chart, { widthInches: 6, dpi: 100 });
    const { width, height, pixels } = decode(png);
    expect(width).toBe(600);
    expect(Math.abs(height - heightInches * 100)).toBeLessThan(2);
    expect(widthInches).toBe(6);
    // The first series' blue and the second's orange (#2f5f8f, #d08a2e) fill whole bars.
    expect(count(pixels, (r, g, b) => r === 0x2f && g === 0x5f && b === 0x8f)).toBeGreaterThan(500);
    expect(count(pixels, (r, g, b) => r === 0xd0 && g === 0x8a && b === 0x2e)).toBeGreaterThan(500);
    // Text is anti-aliased dark ink: many dark pixels and the grey ramp between them and white.
    expect(count(pixels, (r, g, b) => r < 80 && g < 80 && b < 90)).toBeGreaterThan(100);
    expect(count(pixels, (r) => r > 100 && r < 220)).toBeGreaterThan(300);
  });

  it('has nothing to draw without a non-zero value', () => {
    expect(chartHasData({ categories: [], series: [], unit: '', max: null })).toBe(false);
    expect(chartHasData({ categories: ['a'], series: [{ name: 's', values: [0] }], unit: '', max: null })).toBe(false);
    expect(chartHasData({ categories: ['a'], series: [{ name: 's', values: [2] }], unit: '', max: null })).toBe(true);
  });

  it('reads glyph outlines, accented letters (composite glyphs) included', () => {
    const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');
    const font = TrueTypeFont.fromFile(join(dir, 'LiberationSans-Regular.ttf'));
    expect(font.unitsPerEm).toBe(2048);
    const e = font.glyph(font.glyphIndex('e'.codePointAt(0)!));
    const eAcute = font.glyph(font.glyphIndex('é'.codePointAt(0)!));
    expect(e.contours.length).toBe(2);
    expect(eAcute.contours.length).toBe(3);
    expect(eAcute.advance).toBe(e.advance);
    expect(font.glyph(font.glyphIndex(' '.codePointAt(0)!)).contours).toEqual([]);
  });
});
