import type { Row, SqlValue } from './rows';

type Kind = 'text' | 'json' | 'int';
type Spec = readonly [column: string, kind: Kind];

const STAMP_FIELDS = {
  id: ['id', 'text'],
  createdAt: ['created_at', 'text'],
  updatedAt: ['updated_at', 'text'],
  createdBy: ['created_by', 'text'],
  updatedBy: ['updated_by', 'text'],
} as const satisfies Record<string, Spec>;

/** Maps a domain object (camelCase, arrays, records) to a row (snake_case, JSON text) and back. */
export interface Codec<T> {
  toRow(values: Partial<T>): Row;
  fromRow(row: Row): T;
}

export function codec<T>(fields: { [K in keyof T]?: Spec }): Codec<T> {
  const all = { ...STAMP_FIELDS, ...fields } as Record<string, Spec>;
  const entries = Object.entries(all);
  return {
    toRow(values) {
      const row: Row = {};
      for (const [key, [column, kind]] of entries) {
        const v = (values as Record<string, unknown>)[key];
        if (v === undefined) continue;
        row[column] = kind === 'json' ? JSON.stringify(v) : (v as SqlValue);
      }
      return row;
    },
    fromRow(row) {
      const out: Record<string, unknown> = {};
      for (const [key, [column, kind]] of entries) {
        const v = row[column];
        out[key] = kind === 'json' && typeof v === 'string' ? JSON.parse(v) : v;
      }
      return out as T;
    },
  };
}
