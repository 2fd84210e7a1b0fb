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
  /** Indexes into the snapshot's codeIds. */
  codes: Int32Array;
}

/** Coded excerpts that pass the filter, grouped by source, each with its codes, in order of start (the snapshot's order). */
function placedBySource(store: LabStore, filter: ExcerptFilter): { codeIds: string[]; sources: Placed[][] } {
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
    const codes = listOf(s.codes, i);
    if (codes.length) current.push({ id: s.excerptIds[i]!, start: s.start[i]!, end: s.end[i]!, block: s.block[i]! >= 0 ? s.block[i]! : null, codes });
  }
  if (current.length) out.push(current);
  return { codeIds: s.codeIds, sources: out };
}

/** For each excerpt, the excerpts that co-occur with it (itself included): overlapping, or in the same block. */
function neighbours(list: Placed[], mode: 'overlap' | 'turn'): Map<Placed, Placed[]> {
  const near = new Map<Placed, Placed[]>(list.map((x) => [x, [x]]));
  if (mode === 'turn') {
    const byBlock = new Map<number, Placed[]>();
    for (const x of list) {
      if (x.block === null) continue;
      const group = byBlock.get(x.block);
      if (group) group.push(x);
      else byBlock.set(x.block, [x]);
    }
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
 * or for a total the excerpts it counts. Codes are counted by their index in the snapshot, in flat arrays: on the
 * bench's 110,000 excerpts, string keys in a map made the same-turn table take 200 ms.
 */
function cooccurrenceCounts(store: LabStore, mode: 'overlap' | 'turn', filter: ExcerptFilter, only: Set<string> | null, collect?: Collect) {
  const { codeIds, sources } = placedBySource(store, filter);
  const n = codeIds.length;
  const inScope = codeIds.map((id) => !only || only.has(id));
  const indexOf = (id: string | null) => (id === null ? -1 : codeIds.indexOf(id));
  const collectA = collect ? indexOf(collect.a) : -1;
  const collectB = collect ? indexOf(collect.b) : -1;
  const pairs = new Int32Array(n * n);
  const rows = new Int32Array(n);
  const collected = new Set<string>();
  // The codes met by the excerpt at hand: a list, and a mark per code holding the excerpt's turn number.
  const mark = new Int32Array(n).fill(-1);
  const met: number[] = [];
  let turn = 0;
  let total = 0;
  for (const list of sources) {
    for (const [x, near] of neighbours(list, mode)) {
      turn++;
      met.length = 0;
      for (const y of near) {
        for (const b of y.codes) {
          if (inScope[b] && mark[b] !== turn) {
            mark[b] = turn;
            met.push(b);
          }
        }
      }
      let counted = false;
      for (const a of x.codes) {
        if (!inScope[a]) continue;
        let any = false;
        for (const b of met) {
          if (b === a) continue;
          any = true;
          pairs[a * n + b]!++;
          if (collectB >= 0 && a === collectA && b === collectB) {
            collected.add(x.id);
            for (const y of near) if (y.codes.includes(b)) collected.add(y.id);
          }
        }
        if (any) {
          rows[a]!++;
          counted = true;
          if (collect && !collect.b && (collect.a === null || collectA === a)) collected.add(x.id);
        }
      }
      if (counted) total++;
    }
  }
  const counts = new Map<string, number>();
  const rowTotals = new Map<string, number>();
  for (let a = 0; a < n; a++) {
    if (rows[a]! > 0) rowTotals.set(codeIds[a]!, rows[a]!);
    for (let b = 0; b < n; b++) if (pairs[a * n + b]! > 0) counts.set(`${codeIds[a]}|${codeIds[b]}`, pairs[a * n + b]!);
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
