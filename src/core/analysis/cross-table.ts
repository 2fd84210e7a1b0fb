import type { Axis, CrossTable, EvidenceDimension, ExcerptFilter } from '../../shared/domain/evidence';
import { GROUPS, LEVELS, SECTORS } from '../../shared/domain/participant';
import { SOURCE_KINDS } from '../../shared/domain/source';
import { TIME_POINTS } from '../../shared/domain/tracking';
import type { LabStore } from '../store/lab-store';
import { selectAxisLabels, type AxisLabels } from '../store/queries/analysis-queries';
import { selectDimensions } from '../store/queries/evidence-queries';
import { analysisSnapshot } from './analysis-snapshot';
import { axisKeys } from './axis-keys';
import { storeFilter } from './snapshot-filter';

const NONE_LABEL: Partial<Record<Axis['kind'], string>> = {
  phase: 'No phase',
  convening: 'No convening',
  timePoint: 'No time point',
  sector: 'Unknown speaker',
  role: 'Unknown role',
  level: 'Unknown level',
  group: 'Unknown speaker',
  participant: 'Unmapped speaker',
  organisation: 'Unknown organisation',
  attribute: 'Not set',
};

/** Codes depth-first in their tree order, as the codebook shows them. */
export function codesInTreeOrder(codes: AxisLabels['codes'], topOnly: boolean): { key: string; label: string }[] {
  const out: { key: string; label: string }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of codes.filter((x) => x.parent_id === parent)) {
      out.push({ key: c.id, label: depth ? `${'  '.repeat(depth)}${c.name}` : c.name });
      if (!topOnly) walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** Every key an axis can show, in the order a reader expects, whether or not it has excerpts. */
function axisItems(axis: Axis, labels: AxisLabels, dims: EvidenceDimension[], seen: Set<string>): { key: string; label: string }[] {
  const fixed = (keys: readonly string[]) => keys.map((k) => ({ key: k, label: k.charAt(0).toUpperCase() + k.slice(1) }));
  let items: { key: string; label: string }[];
  switch (axis.kind) {
    case 'dimension':
      items = (dims.find((d) => d.id === axis.dimensionId)?.values ?? []).map((v) => ({ key: v.id, label: v.label }));
      break;
    case 'phase':
      items = labels.phases.map((p) => ({ key: p.id, label: p.name }));
      break;
    case 'convening':
      items = labels.convenings.map((c) => ({ key: c.id, label: c.name }));
      break;
    case 'sourceKind':
      items = fixed(SOURCE_KINDS);
      break;
    case 'timePoint':
      items = fixed(TIME_POINTS);
      break;
    case 'code':
      items = codesInTreeOrder(labels.codes, false);
      break;
    case 'topCode':
      items = codesInTreeOrder(labels.codes, true);
      break;
    case 'sector':
      items = fixed(SECTORS);
      break;
    case 'level':
      items = fixed(LEVELS);
      break;
    case 'group':
      items = fixed(GROUPS);
      break;
    case 'participant':
      items = [...seen].filter(Boolean).map((k) => ({ key: k, label: labels.participants.get(k) ?? k }));
      items.sort((a, b) => a.label.localeCompare(b.label));
      break;
    default:
      items = [...seen].filter(Boolean).sort().map((k) => ({ key: k, label: k }));
  }
  if (seen.has('')) items.push({ key: '', label: NONE_LABEL[axis.kind] ?? '(none)' });
  return items;
}

interface Tally {
  cells: Map<string, number>;
  rowTotals: Map<string, number>;
  colTotals: Map<string, number>;
  total: number;
  cellExcerpts?: string[];
}

/**
 * One pass over the snapshot: each excerpt counts once in every (row key, column key) it falls under, once in
 * each row and column total, once in the grand total.
 */
function tally(store: LabStore, rows: Axis, cols: Axis, filter: ExcerptFilter, cell?: { row: string | null; col: string | null }): Tally {
  const s = analysisSnapshot(store);
  const keep = storeFilter(store, s, filter);
  const rowKeys = axisKeys(store, s, rows);
  const colKeys = axisKeys(store, s, cols);
  const t: Tally = { cells: new Map(), rowTotals: new Map(), colTotals: new Map(), total: 0, ...(cell ? { cellExcerpts: [] } : {}) };
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < s.excerptIds.length; i++) {
    if (!keep(i)) continue;
    const rs = rowKeys(i);
    const cs = colKeys(i);
    if (!rs.length || !cs.length) continue;
    t.total++;
    for (const r of rs) bump(t.rowTotals, r);
    for (const c of cs) bump(t.colTotals, c);
    for (const r of rs) for (const c of cs) bump(t.cells, `${r}\u0000${c}`);
    // A null side is a total: every excerpt of the row (or column, or table) counted there.
    if (cell && (cell.row === null || rs.includes(cell.row)) && (cell.col === null || cs.includes(cell.col))) t.cellExcerpts!.push(s.excerptIds[i]!);
  }
  return t;
}

export function crossTable(store: LabStore, rows: Axis, cols: Axis, filter: ExcerptFilter): CrossTable {
  const t = tally(store, rows, cols, filter);
  const labels = selectAxisLabels(store);
  const dims = selectDimensions(store);
  return {
    rows: axisItems(rows, labels, dims, new Set(t.rowTotals.keys())),
    cols: axisItems(cols, labels, dims, new Set(t.colTotals.keys())),
    cells: [...t.cells].map(([key, count]) => {
      const [row, col] = key.split('\u0000') as [string, string];
      return { row, col, count };
    }),
    rowTotals: Object.fromEntries(t.rowTotals),
    colTotals: Object.fromEntries(t.colTotals),
    total: t.total,
  };
}

export function crossTableCell(store: LabStore, rows: Axis, cols: Axis, row: string | null, col: string | null, filter: ExcerptFilter): string[] {
  return tally(store, rows, cols, filter, { row, col }).cellExcerpts!;
}
