import { cooccurrence } from '../../analysis/cooccurrence';
import { crossTable } from '../../analysis/cross-table';
import type { Axis, CrossTable, ExcerptFilter } from '../../../shared/domain/evidence';
import type { TableCell } from '../../../shared/domain/report';
import { OpError } from '../../errors';
import { selectDimensions } from '../../store/queries/evidence-queries';
import { selectParticipants } from '../../store/queries/people-queries';
import { codeCounts } from './code-counts';
import { column, table, type LiveContext, type LiveData } from './live-data';

/** Charts stay readable: at most this many bars per group and groups. */
const MAX_SERIES = 8;
const MAX_CATEGORIES = 24;

const AXIS_NAMES: Record<Axis['kind'], string> = {
  dimension: 'Evidence',
  phase: 'Phase',
  convening: 'Convening',
  sourceKind: 'Kind of source',
  timePoint: 'Time point',
  code: 'Code',
  topCode: 'Code group',
  sector: 'Sector',
  role: 'Role',
  level: 'Level',
  group: 'Group',
  participant: 'Participant',
  organisation: 'Organisation',
  attribute: 'Attribute',
};

function axisName(ctx: LiveContext, axis: Axis): string {
  if (axis.kind === 'dimension') return selectDimensions(ctx.store).find((d) => d.id === axis.dimensionId)?.label ?? 'Evidence';
  if (axis.kind === 'attribute') return axis.name;
  return AXIS_NAMES[axis.kind];
}

/**
 * A cross-table as a report shows it: rows and columns without any excerpt left out, totals in the last column
 * and row; the chart groups bars by row, one bar per column.
 */
function fromCrossTable(ctx: LiveContext, t: CrossTable, rowName: string, title: string, withTotals: boolean, labelOf: (key: string, label: string) => string): LiveData {
  const count = new Map(t.cells.map((c) => [`${c.row}\u0000${c.col}`, c.count]));
  const colTotals = new Map<string, number>();
  for (const c of t.cells) colTotals.set(c.col, (colTotals.get(c.col) ?? 0) + c.count);
  const rows = t.rows.filter((r) => (t.rowTotals[r.key] ?? 0) > 0);
  const cols = t.cols.filter((c) => (colTotals.get(c.key) ?? 0) > 0);
  const label = (k: string, l: string) => ctx.privacy.text(labelOf(k, l.trim()));
  const rowLabel = (r: (typeof rows)[number]) => `${r.label.match(/^\s*/)![0].replace(/ {2}/g, '   ')}${label(r.key, r.label)}`;
  const body: TableCell[][] = rows.map((r) => [
    rowLabel(r),
    ...cols.map((c) => count.get(`${r.key}\u0000${c.key}`) ?? null),
    ...(withTotals ? [t.rowTotals[r.key] ?? 0] : []),
  ]);
  const footer = withTotals ? ['Total', ...cols.map((c) => t.colTotals[c.key] ?? 0), t.total] : null;
  const chartRows = rows.slice(0, MAX_CATEGORIES);
  const chartCols = cols.slice(0, MAX_SERIES);
  return {
    title,
    table: table(
      [column(rowName), ...cols.map((c) => column(label(c.key, c.label), true)), ...(withTotals ? [column('Total', true)] : [])],
      body,
      footer,
      withTotals ? 'Excerpts; one with several values on a side counts under each, and once in the totals.' : 'Excerpts of the row’s code that co-occur with the column’s code.',
    ),
    chart: {
      categories: chartRows.map((r) => label(r.key, r.label)),
      series: chartCols.map((c) => ({ name: label(c.key, c.label), values: chartRows.map((r) => count.get(`${r.key}\u0000${c.key}`) ?? 0) })),
      unit: 'excerpts',
      max: null,
    },
  };
}

/** Participants are labelled by pseudonym in the analysis; real names when the documenter asked for them. */
function participantLabels(ctx: LiveContext): (key: string, label: string) => string {
  if (!ctx.privacy.realNames) return (_k, l) => l;
  const people = new Map(selectParticipants(ctx.store).map((p) => [p.id, p]));
  return (k, l) => (people.get(k) ? ctx.privacy.person(people.get(k)!) : l);
}

export function evidenceTypePhaseData(ctx: LiveContext, filter: ExcerptFilter | null): LiveData {
  const dims = selectDimensions(ctx.store);
  const type = dims.find((d) => d.key === 'type') ?? dims[0];
  if (!type) throw new OpError('NOT_FOUND', 'The lab has no evidence dimensions.');
  const t = crossTable(ctx.store, { kind: 'dimension', dimensionId: type.id }, { kind: 'phase' }, filter ?? {});
  return fromCrossTable(ctx, t, type.label, `Coded excerpts by ${type.label.toLowerCase()} and phase`, true, (_k, l) => l);
}

export function crossTableData(ctx: LiveContext, rows: Axis | null, cols: Axis | null, filter: ExcerptFilter | null): LiveData {
  if (!rows || !cols) throw new OpError('INVALID_INPUT', 'A cross-table needs what its rows and its columns count by.');
  const t = crossTable(ctx.store, rows, cols, filter ?? {});
  const labels = rows.kind === 'participant' || cols.kind === 'participant' ? participantLabels(ctx) : (_k: string, l: string) => l;
  return fromCrossTable(ctx, t, axisName(ctx, rows), `Coded excerpts by ${axisName(ctx, rows).toLowerCase()} and ${axisName(ctx, cols).toLowerCase()}`, true, labels);
}

export function cooccurrenceData(ctx: LiveContext, codeIds: string[] | null, mode: 'overlap' | 'turn', filter: ExcerptFilter | null): LiveData {
  const t = cooccurrence(ctx.store, codeIds ?? undefined, mode, filter ?? {});
  return fromCrossTable(ctx, t, 'Code', mode === 'turn' ? 'Codes in the same speaker turn' : 'Codes applied to overlapping text', false, (_k, l) => l);
}

/** Every code with excerpts, in codebook order; counts include sub-codes (an excerpt counts once). */
export function codeFrequencyData(ctx: LiveContext): LiveData {
  const used = codeCounts(ctx.store).filter((c) => c.excerpts > 0);
  const top = used.filter((c) => c.depth === 0).slice(0, MAX_CATEGORIES);
  return {
    title: 'Codes and how often they were applied',
    table: table(
      [column('Code'), column('Excerpts', true), column('Sources', true)],
      used.map((c) => [`${'   '.repeat(c.depth)}${ctx.privacy.text(c.name)}`, c.excerpts, c.sources]),
      null,
      'Counts include the excerpts of a code’s sub-codes; an excerpt coded with a code and its sub-code counts once.',
    ),
    chart: {
      categories: top.map((c) => ctx.privacy.text(c.name)),
      series: [{ name: 'Excerpts', values: top.map((c) => c.excerpts) }],
      unit: 'excerpts',
      max: null,
    },
  };
}
