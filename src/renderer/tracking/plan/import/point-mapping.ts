import type { MeasureColumn, SheetPreview } from '../../../../shared/domain/sheet';

export type PointField = 'date' | 'value' | 'measure' | 'note' | 'skip';

export const POINT_FIELD_LABELS: Record<PointField, string> = {
  date: 'Date',
  value: 'Value',
  measure: 'Measure name',
  note: 'Note',
  skip: 'Skip',
};

export interface MeasureOption {
  id: string;
  name: string;
}

/** What each column holds, by letter, and for a value column without a measure column, which measure. */
export interface PointMapping {
  fields: Record<string, PointField>;
  measures: Record<string, string | null>;
}

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A first guess from the headers and the kinds of values: a date column, a measure-name column, a note, and
 * numbers as values. A value column headed with a measure's name is that measure (a wide sheet).
 */
export function guessPointMapping(preview: SheetPreview, measures: MeasureOption[]): PointMapping {
  const fields: Record<string, PointField> = {};
  const chosen: Record<string, string | null> = {};
  const byName = new Map(measures.map((m) => [norm(m.name), m.id]));
  const taken = new Set<PointField>();
  const once = (f: PointField): PointField => {
    if (taken.has(f)) return 'skip';
    taken.add(f);
    return f;
  };
  for (const c of preview.columns) {
    const h = norm(c.header);
    let f: PointField = 'skip';
    if (byName.has(h) && c.kind !== 'date') f = 'value';
    else if (c.kind === 'date' || /\b(date|day|when)\b/.test(h)) f = once('date');
    else if (/\b(measure|indicator|metric)\b/.test(h)) f = once('measure');
    else if (/\b(note|notes|comment|comments|remark|remarks)\b/.test(h)) f = once('note');
    else if (c.kind === 'number' || /\bvalue\b/.test(h)) f = 'value';
    fields[c.letter] = f;
    chosen[c.letter] = f === 'value' ? (byName.get(h) ?? null) : null;
  }
  return { fields, measures: chosen };
}

export function hasMeasureColumn(m: PointMapping): boolean {
  return Object.values(m.fields).includes('measure');
}

/** What still stops a check, in words; empty when the mapping can be sent. */
export function mappingProblems(m: PointMapping, fallback: string | null): string[] {
  const fields = Object.values(m.fields);
  const problems: string[] = [];
  const dates = fields.filter((f) => f === 'date').length;
  if (dates === 0) problems.push('Choose the column that holds the dates.');
  if (dates > 1) problems.push('Only one column can hold the dates.');
  if (fields.filter((f) => f === 'measure').length > 1) problems.push('Only one column can hold measure names.');
  if (fields.filter((f) => f === 'note').length > 1) problems.push('Only one column can hold notes.');
  const values = Object.keys(m.fields).filter((l) => m.fields[l] === 'value');
  if (values.length === 0) problems.push('Choose at least one column of values.');
  if (!hasMeasureColumn(m) && values.some((l) => !m.measures[l] && !fallback)) {
    problems.push('Say which measure each value column holds, or map a column of measure names.');
  }
  return problems;
}

export function measureColumns(m: PointMapping): MeasureColumn[] {
  const byMeasureColumn = hasMeasureColumn(m);
  return Object.entries(m.fields).flatMap(([column, field]): MeasureColumn[] => {
    if (field === 'skip') return [];
    if (field === 'value') {
      const measure = byMeasureColumn ? null : m.measures[column];
      return [measure ? { field, column, measure } : { field, column }];
    }
    return [{ field, column }];
  });
}
