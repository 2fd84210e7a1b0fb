import type { CrossTable, ExcerptFilter } from '../../shared/domain/evidence';
import type { LabStore } from '../store/lab-store';
import { codesInTreeOrder } from './cross-table';
import { selectAxisLabels } from '../store/queries/analysis-queries';
import { analysisSnapshot, listOf } from './analysis-snapshot';
import { storeFilter } from './snapshot-filter';

interface Placed {
  id: string;
  start: number;
  end: number;
  block: number | null;
  codes: string[];
}

/** Coded excerpts that pass the filter, grouped by source, each with its codes, in order of start (the snapshot's order). */
function placedBySource(store: LabStore, filter: ExcerptFilter): Placed[][] {
  const s = analysisSnapshot(store);
  const keep = storeFilter(store, s, filter);
  const out: Placed[][] = [];
  let current: Placed[] = [];
  for (let i = 0; i < s.excerptIds.length; i++) {
    if (i > 0 && s.source[i] !== s.source[i - 1]) {
      if (current.length) out.push(current);
      current = [];
    }
    if (!keep(i)) continue;
    const codes = Array.from(listOf(s.codes, i), (c) => s.codeIds[c]!);
    if (codes.length) current.push({ id: s.excerptIds[i]!, start: s.start[i]!, end: s.end[i]!, block: s.block[i]! >= 0 ? s.block[i]! : null, codes });
  }
  if (current.length) out.push(current);
  return out;
}

/** For each excerpt, the excerpts that co-occur with it (itself included): overlapping, or in the same block. */
function neighbours(list: Placed[], mode: 'overlap' | 'turn'): Map<Placed, Placed[]> {
  const near = new Map<Placed, Placed[]>(list.map((x) => [x, [x]]));
  if (mode === 'turn') {
    const byBlock = new Map<number, Placed[]>();
    for (const x of list) if (x.block !== null) byBlock.set(x.block, [...(byBlock.get(x.block) ?? []), x]);
    for (const group of byBlock.values()) for (const x of group) near.set(x, group);
    return near;
  }
  // A sweep: excerpts are sorted by start, so whatever is still open when one starts overlaps it.
  let open: Placed[] = [];
  for (const x of list) {
    open = open.filter((y) => y.end > x.start);
    for (const y of open) {
      near.get(x)!.push(y);
      near.get(y)!.push(x);
    }
    open.push(x);
  }
  return near;
}

/** A cell to click through: a pair of codes, or with a null side a total (see cooccurrenceCellExcerpts). */
interface Collect {
  a: string | null;
  b: string | null;
}

/**
 * For each pair of codes (a, b): the excerpts of a that co-occur with an excerpt of b. Each excerpt counts
 * once per pair; `collect` gathers, for one pair, those excerpts and the b excerpts they meet (click-through),
 * or for a total the excerpts it counts.
 */
function cooccurrenceCounts(store: LabStore, mode: 'overlap' | 'turn', filter: ExcerptFilter, only: Set<string> | null, collect?: Collect) {
  const counts = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  const collected = new Set<string>();
  let total = 0;
  for (const list of placedBySource(store, filter)) {
    for (const [x, near] of neighbours(list, mode)) {
      const own = x.codes.filter((a) => !only || only.has(a));
      if (!own.length) continue;
      const met = new Set<string>();
      for (const y of near) for (const b of y.codes) if (!only || only.has(b)) met.add(b);
      let counted = false;
      for (const a of own) {
        let any = false;
        for (const b of met) {
          if (b === a) continue;
          any = true;
          const key = `${a}|${b}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          if (collect?.b && a === collect.a && b === collect.b) {
            collected.add(x.id);
            for (const y of near) if (y.codes.includes(b)) collected.add(y.id);
          }
        }
        if (any) {
          rowTotals.set(a, (rowTotals.get(a) ?? 0) + 1);
          counted = true;
          if (collect && !collect.b && (collect.a === null || collect.a === a)) collected.add(x.id);
        }
      }
      if (counted) total++;
    }
  }
  return { counts, rowTotals, total, collected };
}

/**
 * Code × code: how many excerpts of the row code co-occur with the column code. The filter narrows the excerpts
 * on both sides (only government speakers, only Iteration 1…).
 */
export function cooccurrence(store: LabStore, codeIds: string[] | undefined, mode: 'overlap' | 'turn', filter: ExcerptFilter = {}): CrossTable {
  const only = codeIds?.length ? new Set(codeIds) : null;
  const { counts, rowTotals, total } = cooccurrenceCounts(store, mode, filter, only);
  const items = codesInTreeOrder(selectAxisLabels(store).codes, false).filter((c) => !only || only.has(c.key));
  const cells = [...counts].map(([key, count]) => {
    const [row, col] = key.split('|') as [string, string];
    return { row, col, count };
  });
  return { rows: items, cols: items, cells, rowTotals: Object.fromEntries(rowTotals), colTotals: {}, total };
}

/**
 * A cell's excerpts: the row code's and the column code's that meet. A row total (no column) is the row code's
 * excerpts that meet any other code; the grand total (neither), every excerpt that meets another code.
 */
export function cooccurrenceCellExcerpts(
  store: LabStore,
  rowCodeId: string | null,
  colCodeId: string | null,
  mode: 'overlap' | 'turn',
  filter: ExcerptFilter = {},
): string[] {
  const only = rowCodeId && colCodeId ? new Set([rowCodeId, colCodeId]) : null;
  return [...cooccurrenceCounts(store, mode, filter, only, { a: rowCodeId, b: rowCodeId ? colCodeId : null }).collected];
}
