import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ChartData } from '../../../shared/domain/report';
import { encodePng } from './png';
import { Canvas, hex, TextPainter, type Rgb } from './raster';
import { TrueTypeFont } from './truetype-font';

/** Muted colours that stay apart in greyscale print, in the order series take them. */
const PALETTE = ['#2f5f8f', '#d08a2e', '#4f9a72', '#8a63b0', '#c2505f', '#5b6b7b', '#b5a33a', '#3a9fb0'].map(hex);
const INK: Rgb = hex('#2b333b');
const MUTED: Rgb = hex('#5d6873');
const GRID: Rgb = hex('#e4e8ec');
const AXIS: Rgb = hex('#9aa4ae');

/** Drawn in units of a 640-wide page column, then scaled to the resolution asked for. */
const DESIGN_WIDTH = 640;

let fonts: { regular: TextPainter; bold: TextPainter } | null = null;

/**
 * Liberation Sans (metric-compatible with Arial, the report's font), from the copy pdf.js ships for its
 * standard fonts: the app already depends on it, so charts need no font of their own.
 */
function chartFonts(): { regular: TextPainter; bold: TextPainter } {
  if (!fonts) {
    const dir = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts');
    fonts = {
      regular: new TextPainter(TrueTypeFont.fromFile(join(dir, 'LiberationSans-Regular.ttf'))),
      bold: new TextPainter(TrueTypeFont.fromFile(join(dir, 'LiberationSans-Bold.ttf'))),
    };
  }
  return fonts;
}

/** A round step giving about `ticks` gridlines up to at least `max`. */
function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const whole = step >= 1 ? Math.max(1, Math.round(step)) : step;
  return { top: Math.ceil(max / whole) * whole, step: whole };
}

const fmt = (v: number, unit: string) => `${Number.isInteger(v) ? v : Number(v.toFixed(1))}${unit === '%' ? '%' : ''}`;

export function chartHasData(c: ChartData): boolean {
  return c.categories.length > 0 && c.series.some((s) => s.values.some((v) => v !== 0));
}

/**
 * A horizontal grouped bar chart as a PNG: categories down the left (wrapped to two lines), one bar per series,
 * values at the bar ends, light gridlines and a legend when there is more than one series. Horizontal bars keep
 * long labels (ingredients, convenings, evidence types) readable without turning them.
 */
export function barChartPng(c: ChartData, o: { widthInches: number; dpi: number }): { png: Buffer; widthInches: number; heightInches: number } {
  const { regular, bold } = chartFonts();
  const n = c.series.length;
  const label = 12;
  const small = 10.5;
  const pad = 10;
  const barH = n === 1 ? 15 : Math.max(6, 12 - n);
  const groupH = n * barH + (n - 1) * 1.5;
  const pitch = Math.max(groupH + 11, 31);
  const labelW = Math.min(
    DESIGN_WIDTH * 0.36,
    Math.max(60, ...c.categories.map((t) => Math.max(...regular.wrap(t, label, DESIGN_WIDTH * 0.36, 2).map((l) => regular.width(l, label))))),
  );
  // Legend rows: swatch, name, gap; wrapped to the width.
  const legend: { x: number; row: number; name: string; colour: Rgb }[] = [];
  if (n > 1) {
    let x = pad;
    let row = 0;
    c.series.forEach((s, i) => {
      const name = regular.fit(s.name, small, 200);
      const w = 14 + regular.width(name, small) + 16;
      if (x + w > DESIGN_WIDTH - pad && x > pad) {
        x = pad;
        row++;
      }
      legend.push({ x, row, name, colour: PALETTE[i % PALETTE.length]! });
      x += w;
    });
  }
  const legendH = n > 1 ? (Math.max(...legend.map((l) => l.row)) + 1) * 18 + 6 : 0;
  const plotX = pad + labelW + 10;
  const plotW = DESIGN_WIDTH - plotX - pad - 34;
  const plotY = pad + legendH;
  const plotH = c.categories.length * pitch;
  const height = plotY + plotH + 24;
  const values = c.series.flatMap((s) => s.values);
  const { top, step } = niceScale(Math.max(c.max ?? 0, ...values, 0));
  const s = (o.widthInches * o.dpi) / DESIGN_WIDTH;
  const canvas = new Canvas(Math.round(DESIGN_WIDTH * s), Math.round(height * s));
  const X = (v: number) => (plotX + (v / top) * plotW) * s;

  // Gridlines and tick labels.
  for (let v = 0; v <= top + 1e-9; v += step) {
    canvas.fillRect(X(v) - 0.5 * s, plotY * s, Math.max(1, s), plotH * s, v === 0 ? AXIS : GRID);
    regular.draw(canvas, fmt(Math.round(v * 100) / 100, c.unit), X(v), (plotY + plotH + 15) * s, small * s, MUTED, 'centre');
  }
  // Bars, values and category labels.
  c.categories.forEach((cat, i) => {
    const y0 = plotY + i * pitch + (pitch - groupH) / 2;
    c.series.forEach((ser, k) => {
      const v = ser.values[i] ?? 0;
      const y = y0 + k * (barH + 1.5);
      canvas.fillRect(X(0), y * s, Math.max(0, X(Math.min(v, top)) - X(0)), barH * s, PALETTE[k % PALETTE.length]!);
      if (v !== 0) regular.draw(canvas, fmt(v, c.unit), X(Math.min(v, top)) + 4 * s, (y + barH / 2 + small * 0.36) * s, small * s, MUTED);
    });
    const lines = regular.wrap(cat, label, labelW, 2);
    const mid = plotY + i * pitch + pitch / 2;
    lines.forEach((line, j) => {
      const baseline = mid + (j - (lines.length - 1) / 2) * 14 + label * 0.36;
      regular.draw(canvas, line, (plotX - 8) * s, baseline * s, label * s, INK, 'right');
    });
  });
  for (const l of legend) {
    const y = pad + l.row * 18;
    canvas.fillRect(l.x * s, (y + 2) * s, 10 * s, 10 * s, l.colour);
    bold.draw(canvas, l.name, (l.x + 14) * s, (y + 11) * s, small * s, INK);
  }
  return {
    png: encodePng(canvas.width, canvas.height, canvas.pixels, o.dpi),
    widthInches: o.widthInches,
    heightInches: (height * o.widthInches) / DESIGN_WIDTH,
  };
}
