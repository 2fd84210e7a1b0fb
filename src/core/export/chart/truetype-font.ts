import { readFileSync } from 'node:fs';

/**
 * Just enough of a TrueType reader to draw chart labels: the character map, advance widths and glyph outlines
 * (simple and composite). Outlines come out as closed polygons, curves flattened, in font units (y up).
 */

export type Polygon = number[]; // x0, y0, x1, y1, … closed implicitly

export interface Glyph {
  advance: number;
  contours: Polygon[];
}

interface Tables {
  [tag: string]: { offset: number; length: number };
}

const CURVE_STEPS = 6;

export class TrueTypeFont {
  readonly unitsPerEm: number;
  readonly ascender: number;
  readonly descender: number;
  private readonly data: DataView;
  private readonly tables: Tables;
  private readonly locaLong: boolean;
  private readonly numHMetrics: number;
  private readonly cmap = new Map<number, number>();
  private readonly glyphs = new Map<number, Glyph>();

  static fromFile(path: string): TrueTypeFont {
    const b = readFileSync(path);
    return new TrueTypeFont(new DataView(b.buffer, b.byteOffset, b.byteLength));
  }

  constructor(data: DataView) {
    this.data = data;
    const n = data.getUint16(4);
    this.tables = {};
    for (let i = 0; i < n; i++) {
      const at = 12 + i * 16;
      const tag = String.fromCharCode(data.getUint8(at), data.getUint8(at + 1), data.getUint8(at + 2), data.getUint8(at + 3));
      this.tables[tag] = { offset: data.getUint32(at + 8), length: data.getUint32(at + 12) };
    }
    for (const t of ['head', 'hhea', 'hmtx', 'cmap', 'loca', 'glyf']) if (!this.tables[t]) throw new Error(`font has no ${t} table`);
    const head = this.tables.head!.offset;
    this.unitsPerEm = data.getUint16(head + 18);
    this.locaLong = data.getInt16(head + 50) === 1;
    const hhea = this.tables.hhea!.offset;
    this.ascender = data.getInt16(hhea + 4);
    this.descender = data.getInt16(hhea + 6);
    this.numHMetrics = data.getUint16(hhea + 34);
    this.readCmap();
  }

  /** The BMP map (format 4) of the Windows Unicode subtable. */
  private readCmap(): void {
    const d = this.data;
    const base = this.tables.cmap!.offset;
    const count = d.getUint16(base + 2);
    let sub = -1;
    for (let i = 0; i < count; i++) {
      const platform = d.getUint16(base + 4 + i * 8);
      const encoding = d.getUint16(base + 6 + i * 8);
      const offset = d.getUint32(base + 8 + i * 8);
      if (((platform === 3 && encoding === 1) || platform === 0) && d.getUint16(base + offset) === 4) sub = base + offset;
    }
    if (sub < 0) throw new Error('font has no Unicode BMP character map');
    const segX2 = d.getUint16(sub + 6);
    const ends = sub + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const end = d.getUint16(ends + s * 2);
      const start = d.getUint16(starts + s * 2);
      const delta = d.getInt16(deltas + s * 2);
      const rangeOffset = d.getUint16(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let g: number;
        if (rangeOffset === 0) g = (c + delta) & 0xffff;
        else {
          const at = ranges + s * 2 + rangeOffset + (c - start) * 2;
          g = d.getUint16(at);
          if (g !== 0) g = (g + delta) & 0xffff;
        }
        if (g !== 0) this.cmap.set(c, g);
      }
    }
  }

  glyphIndex(codePoint: number): number {
    return this.cmap.get(codePoint) ?? 0;
  }

  advance(index: number): number {
    const hmtx = this.tables.hmtx!.offset;
    return this.data.getUint16(hmtx + Math.min(index, this.numHMetrics - 1) * 4);
  }

  glyph(index: number): Glyph {
    let g = this.glyphs.get(index);
    if (!g) {
      g = { advance: this.advance(index), contours: this.outline(index, 0) };
      this.glyphs.set(index, g);
    }
    return g;
  }

  private glyphRange(index: number): [number, number] {
    const loca = this.tables.loca!.offset;
    const d = this.data;
    const [a, b] = this.locaLong ? [d.getUint32(loca + index * 4), d.getUint32(loca + index * 4 + 4)] : [d.getUint16(loca + index * 2) * 2, d.getUint16(loca + index * 2 + 2) * 2];
    return [this.tables.glyf!.offset + a, b - a];
  }

  private outline(index: number, depth: number): Polygon[] {
    const [at, length] = this.glyphRange(index);
    if (length === 0 || depth > 8) return [];
    const contours = this.data.getInt16(at);
    return contours >= 0 ? this.simple(at, contours) : this.composite(at, depth);
  }

  private simple(at: number, contourCount: number): Polygon[] {
    const d = this.data;
    const endPts: number[] = [];
    for (let i = 0; i < contourCount; i++) endPts.push(d.getUint16(at + 10 + i * 2));
    const points = contourCount ? endPts[contourCount - 1]! + 1 : 0;
    let p = at + 10 + contourCount * 2;
    p += 2 + d.getUint16(p); // instructions
    const flags: number[] = [];
    while (flags.length < points) {
      const f = d.getUint8(p++);
      flags.push(f);
      if (f & 8) for (let r = d.getUint8(p++); r > 0; r--) flags.push(f);
    }
    const coords = (short: number, same: number): number[] => {
      const out: number[] = [];
      let v = 0;
      for (const f of flags) {
        if (f & short) {
          const dv = d.getUint8(p++);
          v += f & same ? dv : -dv;
        } else if (!(f & same)) {
          v += d.getInt16(p);
          p += 2;
        }
        out.push(v);
      }
      return out;
    };
    const xs = coords(2, 16);
    const ys = coords(4, 32);
    const out: Polygon[] = [];
    let start = 0;
    for (const end of endPts) {
      const pts: { x: number; y: number; on: boolean }[] = [];
      for (let i = start; i <= end; i++) pts.push({ x: xs[i]!, y: ys[i]!, on: (flags[i]! & 1) === 1 });
      start = end + 1;
      if (pts.length) out.push(flatten(pts));
    }
    return out;
  }

  private composite(at: number, depth: number): Polygon[] {
    const d = this.data;
    let p = at + 10;
    const out: Polygon[] = [];
    for (;;) {
      const flags = d.getUint16(p);
      const index = d.getUint16(p + 2);
      p += 4;
      let dx: number;
      let dy: number;
      if (flags & 1) {
        dx = d.getInt16(p);
        dy = d.getInt16(p + 2);
        p += 4;
      } else {
        dx = d.getInt8(p);
        dy = d.getInt8(p + 1);
        p += 2;
      }
      if (!(flags & 2)) dx = dy = 0; // point matching: rare in Latin fonts, left unaligned
      let [a, b, c, e] = [1, 0, 0, 1];
      const f2 = (o: number) => d.getInt16(o) / 16384;
      if (flags & 8) {
        a = e = f2(p);
        p += 2;
      } else if (flags & 0x40) {
        a = f2(p);
        e = f2(p + 2);
        p += 4;
      } else if (flags & 0x80) {
        [a, b, c, e] = [f2(p), f2(p + 2), f2(p + 4), f2(p + 6)];
        p += 8;
      }
      for (const poly of this.outline(index, depth + 1)) {
        const t: Polygon = [];
        for (let i = 0; i < poly.length; i += 2) t.push(a * poly[i]! + c * poly[i + 1]! + dx, b * poly[i]! + e * poly[i + 1]! + dy);
        out.push(t);
      }
      if (!(flags & 0x20)) break;
    }
    return out;
  }
}

/** A TrueType contour (quadratic B-splines with implied on-curve midpoints) as a polygon. */
function flatten(pts: { x: number; y: number; on: boolean }[]): Polygon {
  type Pt = { x: number; y: number; on: boolean };
  const mid = (a: Pt, b: Pt): Pt => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, on: true });
  const first = pts.findIndex((q) => q.on);
  // Walk from an on-curve point: the first one, or the midpoint of the first two when every point is off-curve.
  const seq: Pt[] = first >= 0 ? [...pts.slice(first), ...pts.slice(0, first)] : [mid(pts[0]!, pts[1 % pts.length]!), ...pts.slice(1), pts[0]!];
  const start = seq[0]!;
  const out: Polygon = [start.x, start.y];
  let prev: Pt = start;
  let ctrl: Pt | null = null;
  const curveTo = (c: Pt, to: Pt) => {
    for (let s = 1; s <= CURVE_STEPS; s++) {
      const t = s / CURVE_STEPS;
      const u = 1 - t;
      out.push(u * u * prev.x + 2 * u * t * c.x + t * t * to.x, u * u * prev.y + 2 * u * t * c.y + t * t * to.y);
    }
    prev = to;
  };
  for (const q of [...seq.slice(1), start]) {
    if (q.on) {
      if (ctrl) curveTo(ctrl, q);
      else {
        out.push(q.x, q.y);
        prev = q;
      }
      ctrl = null;
    } else {
      if (ctrl) curveTo(ctrl, mid(ctrl, q));
      ctrl = q;
    }
  }
  return out;
}
