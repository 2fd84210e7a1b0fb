import type { Database, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { OpError } from '../errors';
import type { DataTable, Row, RowStatements } from './rows';

/**
 * What a feature writes through. Each call is applied and logged with the row images needed to reverse it,
 * in the transaction of the change set, so every feature gets undo, redo and audit by writing here.
 */
export interface RowWriter {
  readonly coderId: string | null;
  readonly now: string;
  /** Inserts a row; id, timestamps and authors are filled in when absent. Returns the stored row. */
  insert(tbl: DataTable, row: Row): Row;
  /** Applies a partial update; returns the row after it. NOT_FOUND when the row is gone. */
  update(tbl: DataTable, id: string, values: Row): Row;
  /** Deletes a row; returns the row as it was. Children must be deleted or detached first, through this writer. */
  remove(tbl: DataTable, id: string): Row;
}

export interface ChangeSetOptions {
  label: string;
  coderId: string | null;
  /**
   * 'edit' (default) is undoable; 'floor' is recorded for audit and undo never goes below it (creating the
   * lab); 'bookkeeping' is recorded for audit and invisible to undo and redo (adding a coder).
   */
  kind?: 'edit' | 'floor' | 'bookkeeping';
}

/** change_set.undoable: 1 undoable, 0 a floor, 2 invisible to undo. */
export const UNDOABLE = { edit: 1, floor: 0, bookkeeping: 2 } as const;

function sameRow(a: Row | undefined, b: Row | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

export class ChangeRecorder {
  private readonly insertSet: Statement;
  private readonly insertLog: Statement;
  private readonly setTables: Statement;
  private readonly discardRedo: Statement;

  constructor(
    private readonly db: Database,
    private readonly rows: RowStatements,
  ) {
    this.insertSet = db.prepare(
      `INSERT INTO change_set (id, label, coder_id, at, undoable) VALUES (?, ?, ?, ?, ?)`,
    );
    this.insertLog = db.prepare(
      `INSERT INTO change_log (change_seq, n, tbl, row_id, op, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.setTables = db.prepare(`UPDATE change_set SET tables = ? WHERE seq = ?`);
    this.discardRedo = db.prepare(`UPDATE change_set SET state = 'discarded' WHERE state = 'undone'`);
  }

  /** Runs `fn` inside one transaction as one change set. Returns its result and the tables it touched. */
  record<T>(opts: ChangeSetOptions, fn: (w: RowWriter) => T): { result: T; tables: string[] } {
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const seq = Number(
        this.insertSet.run(randomUUID(), opts.label, opts.coderId, now, UNDOABLE[opts.kind ?? 'edit'])
          .lastInsertRowid,
      );
      let n = 0;
      const tables = new Set<string>();
      const log = (tbl: DataTable, id: string, op: string, before: Row | undefined, after: Row | undefined) => {
        tables.add(tbl);
        this.insertLog.run(seq, n++, tbl, id, op, before ? JSON.stringify(before) : null, after ? JSON.stringify(after) : null);
      };
      const rows = this.rows;
      const writer: RowWriter = {
        coderId: opts.coderId,
        now,
        insert(tbl, row) {
          const full: Row = {
            id: randomUUID(),
            created_at: now,
            updated_at: now,
            created_by: opts.coderId,
            updated_by: opts.coderId,
            ...row,
          };
          rows.insert(tbl, full);
          const after = rows.get(tbl, String(full.id))!;
          log(tbl, String(full.id), 'insert', undefined, after);
          return after;
        },
        update(tbl, id, values) {
          const before = rows.get(tbl, id);
          if (!before) throw new OpError('NOT_FOUND', `That ${tbl} no longer exists; it may have been deleted.`);
          rows.update(tbl, id, { ...values, updated_at: now, updated_by: opts.coderId });
          const after = rows.get(tbl, id)!;
          log(tbl, id, 'update', before, after);
          return after;
        },
        remove(tbl, id) {
          const before = rows.get(tbl, id);
          if (!before) throw new OpError('NOT_FOUND', `That ${tbl} no longer exists; it may have been deleted.`);
          rows.delete(tbl, id);
          log(tbl, id, 'delete', before, undefined);
          return before;
        },
      };
      const result = fn(writer);
      if (n === 0) {
        // Nothing changed: keep the history clean rather than add an empty undo step.
        this.db.prepare(`DELETE FROM change_set WHERE seq = ?`).run(seq);
        return { result, tables: [] };
      }
      this.setTables.run(JSON.stringify([...tables]), seq);
      if ((opts.kind ?? 'edit') === 'edit') this.discardRedo.run();
      return { result, tables: [...tables, 'change_set'] };
    })();
  }

  /** Reverses (undo) or replays (redo) one logged entry, refusing if someone changed the row since. */
  applyEntry(entry: LogEntry, direction: 'undo' | 'redo'): void {
    const before = entry.before ? (JSON.parse(entry.before) as Row) : undefined;
    const after = entry.after ? (JSON.parse(entry.after) as Row) : undefined;
    const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
    const current = this.rows.get(entry.tbl, entry.row_id);
    if (!sameRow(current, expected)) {
      throw new OpError('CONFLICT', `Cannot ${direction}: the ${entry.tbl} was changed since, by another window or coder.`);
    }
    if (!target) this.rows.delete(entry.tbl, entry.row_id);
    else if (!current) this.rows.insert(entry.tbl, target);
    else this.rows.update(entry.tbl, entry.row_id, target);
  }
}

export interface LogEntry {
  tbl: DataTable;
  row_id: string;
  op: 'insert' | 'update' | 'delete';
  before: string | null;
  after: string | null;
}
