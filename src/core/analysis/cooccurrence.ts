import type { CrossTable } from '../../shared/domain/evidence';
import type { LabStore } from '../store/lab-store';
import { codesInTreeOrder } from './cross-table';
import { selectAxisLabels, selectCodingsInOrder } from '../store/queries/analysis-queries';

interface Placed {
  id: string;
  start: number;
  end: number;
  block: number | null;
  codes: string[];
}

/** Excerpts grouped by source, each with its codes, in order of start. */
function placedBySource(store: LabStore): Placed[][] {
  const out: Placed[][] = [];
  let current: Placed[] = [];
  let source = '';
  let last: Placed | undefined;
  for (const r of selectCodingsInOrder(store)) {
    if (r.source_id !== source) {
      if (current.length) out.push(current);
      current = [];
      source = r.source_id;
      last = undefined;
    }
    if (last?.id === r.id) last.codes.push(r.code_id);
    else {
      last = { id: r.id, start: r.start, end: r.end, block: r.block, codes: [r.code_id] };
      current.push(last);
    }
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

/** cell key "A|B" → excerpts of code A that co-occur with an excerpt of code B, and those B excerpts. */
function cooccurrenceCells(store: LabStore, mode: 'overlap' | 'turn', only: Set<string> | null): Map<string, { rowSide: Set<string>; both: Set<string> }> {
  const cells = new Map<string, { rowSide: Set<string>; both: Set<string> }>();
  for (const list of placedBySource(store)) {
    for (const [x, near] of neighbours(list, mode)) {
      for (const a of x.codes) {
        if (only && !only.has(a)) continue;
        for (const y of near) {
          for (const b of y.codes) {
            if (b === a || (only && !only.has(b))) continue;
            const key = `${a}|${b}`;
            let cell = cells.get(key);
            if (!cell) cells.set(key, (cell = { rowSide: new Set(), both: new Set() }));
            cell.rowSide.add(x.id);
            cell.both.add(x.id).add(y.id);
          }
        }
      }
    }
  }
  return cells;
}

/** Code × code: how many excerpts of the row code co-occur with the column code. */
export function cooccurrence(store: LabStore, codeIds: string[] | undefined, mode: 'overlap' | 'turn'): CrossTable {
  const only = codeIds?.length ? new Set(codeIds) : null;
  const cells = cooccurrenceCells(store, mode, only);
  const items = codesInTreeOrder(selectAxisLabels(store).codes, false).filter((c) => !only || only.has(c.key));
  const list = [...cells.entries()].map(([key, v]) => {
    const [row, col] = key.split('|') as [string, string];
    return { row, col, count: v.rowSide.size };
  });
  const rowTotals: Record<string, number> = {};
  const rowSets = new Map<string, Set<string>>();
  for (const [key, v] of cells) {
    const row = key.split('|')[0]!;
    const set = rowSets.get(row) ?? new Set<string>();
    for (const id of v.rowSide) set.add(id);
    rowSets.set(row, set);
  }
  for (const [row, set] of rowSets) rowTotals[row] = set.size;
  return { rows: items, cols: items, cells: list, rowTotals, colTotals: {}, total: new Set([...rowSets.values()].flatMap((s) => [...s])).size };
}

export function cooccurrenceCellExcerpts(store: LabStore, rowCodeId: string, colCodeId: string, mode: 'overlap' | 'turn'): string[] {
  const cell = cooccurrenceCells(store, mode, new Set([rowCodeId, colCodeId])).get(`${rowCodeId}|${colCodeId}`);
  return cell ? [...cell.both] : [];
}
