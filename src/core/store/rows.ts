import type { Database, Statement } from 'better-sqlite3';
import { DATA_TABLES } from '../../shared/contract/op';

export type SqlValue = string | number | bigint | null | Buffer;
export type Row = Record<string, SqlValue>;

export type DataTable = (typeof DATA_TABLES)[number];

export function assertDataTable(tbl: string): asserts tbl is DataTable {
  if (!(DATA_TABLES as readonly string[]).includes(tbl)) throw new Error(`not a data table: ${tbl}`);
}

/**
 * Generic single-row statements keyed by table and column list. Built once per shape and cached on the
 * database, because the change log replays rows of every table through the same few shapes.
 */
export class RowStatements {
  private readonly cache = new Map<string, Statement>();
  private readonly columns = new Map<string, readonly string[]>();

  constructor(private readonly db: Database) {}

  columnsOf(tbl: DataTable): readonly string[] {
    let cols = this.columns.get(tbl);
    if (!cols) {
      cols = (this.db.pragma(`table_info(${tbl})`) as { name: string }[]).map((c) => c.name);
      this.columns.set(tbl, cols);
    }
    return cols;
  }

  private stmt(key: string, sql: () => string): Statement {
    let s = this.cache.get(key);
    if (!s) {
      s = this.db.prepare(sql());
      this.cache.set(key, s);
    }
    return s;
  }

  get(tbl: DataTable, id: string): Row | undefined {
    assertDataTable(tbl);
    return this.stmt(`get:${tbl}`, () => `SELECT * FROM ${tbl} WHERE id = ?`).get(id) as Row | undefined;
  }

  insert(tbl: DataTable, row: Row): void {
    assertDataTable(tbl);
    const cols = Object.keys(row).filter((c) => this.columnsOf(tbl).includes(c));
    this.stmt(`ins:${tbl}:${cols.join(',')}`, () =>
      `INSERT INTO ${tbl} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(row);
  }

  update(tbl: DataTable, id: string, values: Row): void {
    assertDataTable(tbl);
    const cols = Object.keys(values).filter((c) => c !== 'id' && this.columnsOf(tbl).includes(c));
    if (cols.length === 0) return;
    this.stmt(`upd:${tbl}:${cols.join(',')}`, () =>
      `UPDATE ${tbl} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    ).run({ ...values, id });
  }

  delete(tbl: DataTable, id: string): void {
    assertDataTable(tbl);
    this.stmt(`del:${tbl}`, () => `DELETE FROM ${tbl} WHERE id = ?`).run(id);
  }
}
