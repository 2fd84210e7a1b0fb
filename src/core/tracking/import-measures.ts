import type { z } from 'zod';
import type { MeasureImportInput, MeasureImportResult } from '../../shared/domain/sheet';
import { Id } from '../../shared/domain/ids';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { dataPointCodec, measureDirectory, pointsOnDates } from '../store/queries/action-plan-queries';
import { cellText, isEmpty, normalise, parseDate, parseNumber } from './sheets/cell-values';
import { findColumn, readTable, type Column, type SheetTable } from './sheets/sheet-table';

type Input = z.infer<typeof MeasureImportInput>;
type Entry = { id: string; name: string; phaseId: string | null; startDate: string | null; endDate: string | null };
type Lookup = (ref: string, date: string) => { ok: true; measure: Entry } | { ok: false; reason: string };

/**
 * Measures by id or name. A name that several iterations use (a carried-over measure) is settled by the
 * iteration the row's date falls in; `phaseId` narrows the names to one iteration.
 */
function measureLookup(store: LabStore, phaseId: string | undefined): Lookup {
  const all = measureDirectory(store);
  const inScope = phaseId ? all.filter((m) => m.phaseId === phaseId) : all;
  return (ref, date) => {
    const byId = Id.safeParse(ref).success ? all.find((m) => m.id === ref) : undefined;
    if (byId) return { ok: true, measure: byId };
    const named = inScope.filter((m) => normalise(m.name) === normalise(ref));
    if (named.length === 1) return { ok: true, measure: named[0]! };
    if (named.length === 0) return { ok: false, reason: `there is no measure called “${ref}”${phaseId ? ' in that iteration' : ''}` };
    const dated = named.filter((m) => m.startDate !== null && m.startDate <= date && m.endDate! >= date);
    if (dated.length === 1) return { ok: true, measure: dated[0]! };
    return { ok: false, reason: `“${ref}” names measures in several iterations and the date ${date} does not pick one; choose the iteration` };
  };
}

interface ValueColumn {
  column: Column;
  measure: string | undefined;
}

function mapColumns(table: SheetTable, input: Input) {
  const used = new Map<number, string>();
  const resolve = (ref: string, field: string) => {
    const col = findColumn(table, ref, `columns (${field})`);
    const before = used.get(col.index);
    if (before) throw new OpError('INVALID_INPUT', `columns: column ${col.letter} is mapped to both ${before} and ${field}`);
    used.set(col.index, field);
    return col;
  };
  const dates = input.columns.filter((c) => c.field === 'date');
  const measures = input.columns.filter((c) => c.field === 'measure');
  const notes = input.columns.filter((c) => c.field === 'note');
  if (dates.length !== 1) throw new OpError('INVALID_INPUT', dates.length ? 'columns: map only one column to date' : 'columns: map a column to date');
  if (measures.length > 1) throw new OpError('INVALID_INPUT', 'columns: map at most one column to measure');
  if (notes.length > 1) throw new OpError('INVALID_INPUT', 'columns: map at most one column to note');
  const values: ValueColumn[] = input.columns.flatMap((c) => (c.field === 'value' ? [{ column: resolve(c.column, 'value'), measure: c.measure ?? input.measure }] : []));
  if (values.length === 0) throw new OpError('INVALID_INPUT', 'columns: map a column to value');
  const measureCol = measures[0] ? resolve(measures[0].column, 'measure') : undefined;
  for (const v of values) {
    if (!v.measure && !measureCol) {
      throw new OpError('INVALID_INPUT', `columns: say which measure column ${v.column.letter} holds (map a measure column, or give the measure)`);
    }
  }
  return { date: resolve(dates[0]!.column, 'date'), values, measureCol, note: notes[0] ? resolve(notes[0].column, 'note') : undefined };
}

/**
 * Imports data points from a sheet, all rows or none: every row is checked first, and only when none is bad
 * (and this is not a dry run) are the points written, as one undoable step. A point already stored on the
 * same date is updated. Empty rows are skipped; a row with a date but no value is an error.
 */
export async function importMeasureSheet(store: LabStore, input: Input): Promise<MeasureImportResult> {
  if (input.phaseId && !store.rows.get('phase', input.phaseId)) throw new OpError('NOT_FOUND', 'phaseId: that phase does not exist');
  const table = await readTable(input.source);
  const cols = mapColumns(table, input);
  const lookup = measureLookup(store, input.phaseId);
  const fixed = new Set(cols.values.flatMap((v) => (v.measure ? [v.measure] : [])));
  for (const ref of fixed) {
    const r = lookup(ref, '0000-00-00');
    if (!r.ok && r.reason.startsWith('there is no')) throw new OpError('NOT_FOUND', `measure: ${r.reason}`);
  }
  const several = cols.values.length > 1;
  const seen = new Map<string, number>();
  const rows: MeasureImportResult['rows'] = [];
  const pending: { row: number; measureId: string; measureName: string; date: string; value: number; note: string }[] = [];
  for (const { row, cells } of table.rows) {
    const problems: string[] = [];
    const date = parseDate(cells[cols.date.index] ?? null, input.dateOrder);
    if (!date.ok) {
      const raw = cells[cols.date.index] ?? null;
      problems.push(isEmpty(raw) ? `no date (column ${cols.date.letter} is empty)` : `date “${cellText(raw)}” ${date.reason}`);
    }
    const note = cols.note ? cellText(cells[cols.note.index] ?? null) : '';
    const points: typeof pending = [];
    let filled = 0;
    for (const v of cols.values) {
      const raw = cells[v.column.index] ?? null;
      if (isEmpty(raw)) continue;
      filled++;
      const label = several ? `${v.column.header}: value` : 'value';
      const num = parseNumber(raw);
      if (!num.ok) problems.push(`${label} “${cellText(raw)}” ${num.reason}`);
      const ref = v.measure ?? cellText(cols.measureCol ? (cells[cols.measureCol.index] ?? null) : null);
      if (!ref) {
        problems.push(`no measure (column ${cols.measureCol!.letter} is empty)`);
        continue;
      }
      if (!date.ok) continue;
      const m = lookup(ref, date.value);
      if (!m.ok) problems.push(m.reason);
      else if (num.ok) points.push({ row, measureId: m.measure.id, measureName: m.measure.name, date: date.value, value: num.value, note });
    }
    if (filled === 0) problems.push(several ? 'no value in any value column' : `no value (column ${cols.values[0]!.column.letter} is empty)`);
    for (const p of points) {
      const key = `${p.measureId} ${p.date}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problems.push(`“${p.measureName}” on ${p.date} is already in row ${earlier}`);
      else seen.set(key, row);
    }
    if (problems.length) rows.push({ row, status: 'error', message: problems.join('; '), points: [] });
    else {
      rows.push({ row, status: 'ok', message: null, points: [] });
      pending.push(...points);
    }
  }
  const existing = pointsOnDates(store, pending.map((p) => ({ measureId: p.measureId, date: p.date })));
  const counts = { add: 0, update: 0, same: 0 };
  const byRow = new Map(rows.map((r) => [r.row, r]));
  const planned = pending.map((p) => {
    const old = existing.get(`${p.measureId} ${p.date}`);
    const action = !old ? 'add' : old.value === p.value ? 'same' : 'update';
    counts[action]++;
    byRow.get(p.row)!.points.push({ measureId: p.measureId, measureName: p.measureName, date: p.date, value: p.value, action });
    return { ...p, old, action };
  });
  const errors = rows.filter((r) => r.status === 'error').map((r) => `row ${r.row}: ${r.message}`);
  const ok = errors.length === 0 && planned.length > 0;
  if (!ok && errors.length === 0) errors.push(`“${table.fileName}” has no data rows under the header (row ${table.headerRow})`);
  const stored = ok && !input.dryRun && counts.add + counts.update > 0;
  if (stored) {
    store.write(`Import ${counts.add + counts.update} data points from “${table.fileName}”`, (w) => {
      for (const p of planned) {
        if (p.action === 'add') w.insert('data_point', dataPointCodec.toRow({ measureId: p.measureId, date: p.date, value: p.value, note: p.note }));
        else if (p.action === 'update') w.update('data_point', p.old!.id, dataPointCodec.toRow({ value: p.value, ...(p.note ? { note: p.note } : {}) }));
      }
    });
  }
  return {
    fileName: table.fileName,
    sheet: table.sheet,
    ok,
    stored,
    added: counts.add,
    updated: counts.update,
    unchanged: counts.same,
    emptyRows: table.emptyRows,
    rows,
    errors,
  };
}
