import type { Polygon, TrueTypeFont } from './truetype-font';

export type Rgb = readonly [number, number, number];

export function hex(c: string): Rgb {
  const n = Number.parseInt(c.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Coverage of polygons with the non-zero rule, anti-aliased by exact signed area per pixel (the accumulation
 * method of font-rs): each edge adds its area to the cells it crosses, and a running sum along each row is the
 * coverage.
 */
function coverage(polys: Polygon[], w: number, h: number): Float32Array {
  const acc = new Float32Array(w * h + 2);
  const add = (i: number, v: number) => {
    acc[i] = acc[i]! + v;
  };
  const edge = (x0: number, y0: number, x1: number, y1: number) => {
    if (y0 === y1) return;
    const dir = y0 < y1 ? 1 : -1;
    if (dir < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
    const dxdy = (x1 - x0) / (y1 - y0);
    let x = x0;
    if (y0 < 0) x -= y0 * dxdy;
    for (let y = Math.max(0, Math.floor(y0)); y < Math.min(h, Math.ceil(y1)); y++) {
      const row = y * w;
      const dy = Math.min(y + 1, y1) - Math.max(y, y0);
      const xnext = x + dxdy * dy;
      const d = dy * dir;
      const [xa, xb] = x < xnext ? [x, xnext] : [xnext, x];
      const xaFloor = Math.floor(xa);
      const xai = xaFloor;
      const xbCeil = Math.ceil(xb);
      const xbi = xbCeil;
      if (xai < 0 || xbi >= w) {
        x = xnext;
        continue;
      }
      if (xbi <= xai + 1) {
        const xmf = 0.5 * (x + xnext) - xaFloor;
        add(row + xai, d - d * xmf);
        add(row + xai + 1, d * xmf);
      } else {
        const s = 1 / (xb - xa);
        const xaf = xa - xaFloor;
        const a0 = 0.5 * s * (1 - xaf) * (1 - xaf);
        const xbf = xb - xbCeil + 1;
        const am = 0.5 * s * xbf * xbf;
        add(row + xai, d * a0);
        if (xbi === xai + 2) add(row + xai + 1, d * (1 - a0 - am));
        else {
          const a1 = s * (1.5 - xaf);
          add(row + xai + 1, d * (a1 - a0));
          for (let xi = xai + 2; xi < xbi - 1; xi++) add(row + xi, d * s);
          const a2 = a1 + (xbi - xai - 3) * s;
          add(row + xbi - 1, d * (1 - a2 - am));
        }
        add(row + xbi, d * am);
      }
      x = xnext;
    }
  };
  for (const p of polys) {
    const n = p.length / 2;
    for (let i = 0; i < n; i++) {
      const j = (i + 1) % n;
      edge(p[i * 2]!, p[i * 2 + 1]!, p[j * 2]!, p[j * 2 + 1]!);
    }
  }
  const out = new Float32Array(w * h);
  let sum = 0;
  for (let i = 0; i < w * h; i++) {
    sum += acc[i]!;
    out[i] = Math.min(1, Math.abs(sum));
  }
  return out;
}

/** An RGB image drawn in pixels, origin top left. */
export class Canvas {
  readonly pixels: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.pixels = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.pixels.set(background, i * 3);
  }

  private blend(i: number, c: Rgb, alpha: number): void {
    const p = this.pixels;
    for (let k = 0; k < 3; k++) p[i * 3 + k] = Math.round(p[i * 3 + k]! + (c[k]! - p[i * 3 + k]!) * alpha);
  }

  fillRect(x: number, y: number, w: number, h: number, c: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + w));
    const y1 = Math.min(this.height, Math.round(y + h));
    for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) this.pixels.set(c, (yy * this.width + xx) * 3);
  }

  /** Polygons in canvas pixels, filled with anti-aliased edges. */
  fillPolygons(polys: Polygon[], c: Rgb): void {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const p of polys) {
      for (let i = 0; i < p.length; i += 2) {
        minX = Math.min(minX, p[i]!);
        maxX = Math.max(maxX, p[i]!);
        minY = Math.min(minY, p[i + 1]!);
        maxY = Math.max(maxY, p[i + 1]!);
      }
    }
    if (!Number.isFinite(minX)) return;
    const ox = Math.floor(minX) - 1;
    const oy = Math.floor(minY) - 1;
    const w = Math.ceil(maxX) - ox + 2;
    const h = Math.ceil(maxY) - oy + 2;
    const local = polys.map((p) => p.map((v, i) => (i % 2 === 0 ? v - ox : v - oy)));
    const cov = coverage(local, w, h);
    for (let yy = 0; yy < h; yy++) {
      const cy = oy + yy;
      if (cy < 0 || cy >= this.height) continue;
      for (let xx = 0; xx < w; xx++) {
        const a = cov[yy * w + xx]!;
        const cx = ox + xx;
        if (a > 0.002 && cx >= 0 && cx < this.width) this.blend(cy * this.width + cx, c, a);
      }
    }
  }
}

/** Text in one font at one size: measuring and drawing (left, centred or right of `x`; `y` is the baseline). */
export class TextPainter {
  constructor(private readonly font: TrueTypeFont) {}

  width(text: string, size: number): number {
    let w = 0;
    for (const ch of text) w += this.font.advance(this.font.glyphIndex(ch.codePointAt(0)!));
    return (w * size) / this.font.unitsPerEm;
  }

  draw(canvas: Canvas, text: string, x: number, y: number, size: number, c: Rgb, align: 'left' | 'centre' | 'right' = 'left'): void {
    const scale = size / this.font.unitsPerEm;
    let pen = align === 'left' ? x : align === 'right' ? x - this.width(text, size) : x - this.width(text, size) / 2;
    const polys: Polygon[] = [];
    for (const ch of text) {
      const g = this.font.glyph(this.font.glyphIndex(ch.codePointAt(0)!));
      for (const contour of g.contours) polys.push(contour.map((v, i) => (i % 2 === 0 ? pen + v * scale : y - v * scale)));
      pen += g.advance * scale;
    }
    canvas.fillPolygons(polys, c);
  }

  /** Cuts `text` to fit `max`, ending in an ellipsis. */
  fit(text: string, size: number, max: number): string {
    if (this.width(text, size) <= max) return text;
    let t = text;
    while (t.length > 1 && this.width(`${t}…`, size) > max) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  }

  /** Words wrapped into at most `lines` lines of `max` width; the last cut with an ellipsis when needed. */
  wrap(text: string, size: number, max: number, lines: number): string[] {
    const words = text.split(/\s+/).filter(Boolean);
    const out: string[] = [];
    let line = '';
    for (let i = 0; i < words.length; i++) {
      const next = line ? `${line} ${words[i]}` : words[i]!;
      if (this.width(next, size) <= max || !line) line = next;
      else {
        out.push(line);
        line = words[i]!;
        if (out.length === lines - 1) {
          line = words.slice(i).join(' ');
          break;
        }
      }
    }
    if (line) out.push(line);
    return out.map((l) => this.fit(l, size, max));
  }
}
