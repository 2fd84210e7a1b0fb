import type { Cell } from '../tracking/sheets/cell-values';

const DAY_MS = 86_400_000;

// 00:01:02, 1:02, 01:02:03.5, 00:01:02,500 (SubRip), optionally in brackets as transcribers write them.
const CLOCK = /^[[(]?(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?[\])]?$/;
const SECONDS = /^(\d+)(?:[.,](\d+))?$/;

export type TimeReading = { ms: number } | { bad: true } | undefined;

/**
 * A time cell in milliseconds from the start of the recording. Numbers are seconds (62.5), unless `dayFractions`
 * says the column holds Excel day fractions (a time column whose format exceljs did not recognise as a time).
 * Undefined for an empty cell; `bad` for a cell that is not a time.
 */
export function readTime(cell: Cell, dayFractions: boolean): TimeReading {
  if (cell === null) return undefined;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return { bad: true };
    return { ms: Math.round(dayFractions ? cell * DAY_MS : cell * 1000) };
  }
  if (typeof cell === 'boolean') return { bad: true };
  if (typeof cell === 'object') return cell.time === undefined ? { bad: true } : { ms: cell.time };
  const text = cell.trim();
  if (text === '') return undefined;
  const clock = CLOCK.exec(text);
  if (clock) {
    const [, h = '0', m = '0', s = '0', frac = ''] = clock;
    if (Number(s) > 59 || (clock[1] !== undefined && Number(m) > 59)) return { bad: true };
    return { ms: ((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000 + Number(frac.padEnd(3, '0')) };
  }
  const seconds = SECONDS.exec(text);
  if (seconds) return { ms: Math.round(Number(`${seconds[1]}.${seconds[2] ?? '0'}`) * 1000) };
  return { bad: true };
}

/**
 * Whether a time column's numbers are Excel day fractions: all under 1 and some above 0. Seconds cannot be, as a
 * transcript whose every turn starts within its first second is not one; 62.5 seconds is 62.5, never a fraction.
 */
export function holdsDayFractions(cells: readonly Cell[]): boolean {
  const numbers = cells.filter((c): c is number => typeof c === 'number');
  return numbers.length > 0 && numbers.every((n) => n >= 0 && n < 1) && numbers.some((n) => n > 0);
}
