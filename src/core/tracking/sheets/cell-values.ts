/**
 * A spreadsheet cell as read: a number, text, a boolean, a calendar date (from an Excel date cell), or
 * nothing. CSV cells are all text; their numbers and dates are recognised when a column is mapped.
 */
export type Cell = null | number | string | boolean | { date: string; time?: number };

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** What the spreadsheet shows, for previews and messages. */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(Number(cell.toPrecision(15)));
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'string') return cell;
  // A time alone (Excel's day 0, before 1900) shows as the time it is, not as a date in 1899.
  if (cell.time !== undefined && cell.date < '1900') return clockText(cell.time);
  return cell.date;
}

/** 62500 → "0:01:02.500": a spreadsheet time cell as it reads. */
function clockText(ms: number): string {
  const s = Math.floor(ms / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  const frac = ms % 1000 ? `.${String(ms % 1000).padStart(3, '0')}` : '';
  return `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}${frac}`;
}

export function isEmpty(cell: Cell): boolean {
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/**
 * Numbers as people type them: 12, -3.5, 45%, 1,234.5 or 1 234 (thousands), 12,5 (decimal comma). A percent
 * sign is dropped (45% is 45, in the measure's unit). Anything else is refused, never guessed.
 */
export function parseNumber(cell: Cell): Parsed<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { ok: true, value: cell } : { ok: false, reason: 'is not a number' };
  if (cell === null || typeof cell === 'boolean' || typeof cell === 'object') {
    return { ok: false, reason: cell !== null && typeof cell === 'object' ? 'is a date, not a number' : 'is not a number' };
  }
  let t = cell.trim().replace(/\u00a0/g, ' ');
  if (t.endsWith('%')) t = t.slice(0, -1).trim();
  if (/^[-+]?\d{1,3}( \d{3})+(\.\d+)?$/.test(t)) t = t.replace(/ /g, '');
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  else if (/^[-+]?\d+,\d{1,2}$/.test(t)) t = t.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return { ok: false, reason: 'is not a number' };
  const value = Number(t);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'is not a number' };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(y: number, m: number, d: number): Parsed<string> {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    return { ok: false, reason: 'is not a real date' };
  }
  return { ok: true, value: t.toISOString().slice(0, 10) };
}

function month(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included); only plausible lab dates are taken. */
function fromSerial(n: number): Parsed<string> {
  if (!Number.isInteger(n) || n < 32874 || n > 73050) return { ok: false, reason: 'is not a date' };
  return { ok: true, value: new Date(Date.UTC(1899, 11, 30) + n * 86400000).toISOString().slice(0, 10) };
}

/**
 * Dates: Excel dates, 2026-03-05 (a time after it is ignored), 2026/03/05, 5 March 2026, March 5, 2026,
 * 5-Mar-2026, and 05/03/2026 read as day/month or month/day when `order` says so, or when one part is over 12.
 */
export function parseDate(cell: Cell, order?: 'DMY' | 'MDY'): Parsed<string> {
  if (cell !== null && typeof cell === 'object') return { ok: true, value: cell.date };
  if (typeof cell === 'number') return fromSerial(cell);
  if (typeof cell !== 'string') return { ok: false, reason: 'is not a date' };
  const t = cell.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-,]+(\d{4})$/.exec(t);
  if (m && month(m[2]!)) return iso(Number(m[3]), month(m[2]!), Number(m[1]));
  m = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (m && month(m[1]!)) return iso(Number(m[3]), month(m[1]!), Number(m[2]));
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    const chosen = order ?? (a > 12 ? 'DMY' : b > 12 ? 'MDY' : undefined);
    if (!chosen) {
      return { ok: false, reason: 'could be day/month or month/day; say which order the sheet’s dates are in' };
    }
    return chosen === 'DMY' ? iso(y, b, a) : iso(y, a, b);
  }
  if (/^\d+$/.test(t)) return fromSerial(Number(t));
  return { ok: false, reason: 'is not a date' };
}

/** For matching names, emails and headers: case, accents and spacing do not count. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
