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
  /**
   * Inserts a row like `insert` and returns only its id. For large rows (a source's text and original file) whose
   * stored form the caller never looks at: outside an undoable change set nothing reads them back into memory.
   */
  append(tbl: DataTable, row: Row): string;
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
  /**
   * For autosaving editors: when this change updates the same columns of the same row as the change set just
   * before it, by the same coder, with the same label, within COALESCE_MS of that set's start, it is folded into
   * that set (whose "after" image becomes this one's) instead of adding an undo step and a full copy per save.
   */
  coalesce?: boolean;
}

/** How long consecutive autosaves of one row keep folding into one undo step. */
export const COALESCE_MS = 5 * 60_000;

/** change_set.undoable: 1 undoable, 0 a floor, 2 invisible to undo. */
export const UNDOABLE = { edit: 1, floor: 0, bookkeeping: 2 } as const;

/** Row images are JSON; blobs (a source's original file) travel as base64. */
function encodeImage(row: Row | undefined): string | null {
  if (!row) return null;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = Buffer.isBuffer(v) ? { $b64: v.toString('base64') } : v;
  return JSON.stringify(out);
}

function decodeImage(json: string | null): Row | undefined {
  if (!json) return undefined;
  const row = JSON.parse(json) as Record<string, unknown>;
  for (const [k, v] of Object.entries(row)) {
    if (v && typeof v === 'object' && '$b64' in v) row[k] = Buffer.from(String((v as { $b64: string }).$b64), 'base64');
  }
  return row as Row;
}

function pick(row: Row, columns: string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
}

/** Compares the columns of `expected` only: an update's image holds just the columns it changed. */
function matches(current: Row | undefined, expected: Row | undefined): boolean {
  if (!current || !expected) return !current && !expected;
  return Object.keys(expected).every((c) => {
    const a = current[c];
    const b = expected[c];
    return Buffer.isBuffer(a) && Buffer.isBuffer(b) ? a.equals(b) : a === b;
  });
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
    this.previousSet = db.prepare(`SELECT seq, label, coder_id, at, state, undoable FROM change_set WHERE seq < ? ORDER BY seq DESC LIMIT 1`);
    this.logOf = db.prepare(`SELECT n, tbl, row_id, op, before, after FROM change_log WHERE change_seq = ? ORDER BY n LIMIT 2`);
    this.setAfter = db.prepare(`UPDATE change_log SET after = ? WHERE change_seq = ? AND n = ?`);
    this.dropSet = db.prepare(`DELETE FROM change_set WHERE seq = ?`);
    this.dropLog = db.prepare(`DELETE FROM change_log WHERE change_seq = ?`);
  }

  private readonly previousSet: Statement;
  private readonly logOf: Statement;
  private readonly setAfter: Statement;
  private readonly dropSet: Statement;
  private readonly dropLog: Statement;

  /**
   * Folds change set `seq` into the one before it when both are one update of the same row's same columns (see
   * ChangeSetOptions.coalesce) and the row went straight from the earlier "after" to this "before". Returns
   * whether it did.
   */
  private coalesce(seq: number, opts: ChangeSetOptions, now: string): boolean {
    type SetRow = { seq: number; label: string; coder_id: string | null; at: string; state: string; undoable: number };
    type LogRow = LogEntry & { n: number };
    const prev = this.previousSet.get(seq) as SetRow | undefined;
    if (!prev || prev.state !== 'done' || prev.undoable !== UNDOABLE.edit) return false;
    if (prev.label !== opts.label || prev.coder_id !== opts.coderId) return false;
    if (Date.parse(now) - Date.parse(prev.at) > COALESCE_MS) return false;
    const [mine, extraMine] = this.logOf.all(seq) as LogRow[];
    const [theirs, extraTheirs] = this.logOf.all(prev.seq) as LogRow[];
    if (!mine || !theirs || extraMine || extraTheirs) return false;
    if (mine.op !== 'update' || theirs.op !== 'update' || mine.tbl !== theirs.tbl || mine.row_id !== theirs.row_id) return false;
    const theirAfter = decodeImage(theirs.after)!;
    const myBefore = decodeImage(mine.before)!;
    const sameColumns = Object.keys(theirAfter).sort().join() === Object.keys(myBefore).sort().join();
    if (!sameColumns || !matches(myBefore, theirAfter)) return false;
    this.setAfter.run(mine.after, prev.seq, theirs.n);
    this.dropLog.run(seq);
    this.dropSet.run(seq);
    return true;
  }

  /** The writer of the change set being recorded, so a write nested in another joins it. */
  private active: RowWriter | null = null;

  /**
   * Runs `fn` inside one transaction as one change set. Returns its result and the tables it touched. A
   * write made while another is being recorded (a feature built from others, like "code in vivo") joins the
   * outer change set, so one undo takes the whole action back.
   */
  record<T>(opts: ChangeSetOptions, fn: (w: RowWriter) => T): { result: T; tables: string[] } {
    if (this.active) return { result: fn(this.active), tables: [] };
    return this.db.transaction(() => {
      const now = new Date().toISOString();
      const seq = Number(
        this.insertSet.run(randomUUID(), opts.label, opts.coderId, now, UNDOABLE[opts.kind ?? 'edit'])
          .lastInsertRowid,
      );
      let n = 0;
      const tables = new Set<string>();
      // Bookkeeping (imports, coders) is audited by row id only: nothing will ever replay it.
      const images = (opts.kind ?? 'edit') !== 'bookkeeping';
      const log = (tbl: DataTable, id: string, op: string, before: Row | undefined, after: Row | undefined) => {
        tables.add(tbl);
        this.insertLog.run(seq, n++, tbl, id, op, images ? encodeImage(before) : null, images ? encodeImage(after) : null);
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
        append(tbl, row) {
          if (images) return String(writer.insert(tbl, row).id);
          const id = String(row.id ?? randomUUID());
          rows.insert(tbl, { id, created_at: now, updated_at: now, created_by: opts.coderId, updated_by: opts.coderId, ...row });
          log(tbl, id, 'insert', undefined, undefined);
          return id;
        },
        update(tbl, id, values) {
          const before = rows.get(tbl, id);
          if (!before) throw new OpError('NOT_FOUND', `That ${tbl} no longer exists; it may have been deleted.`);
          const changes = { ...values, updated_at: now, updated_by: opts.coderId };
          rows.update(tbl, id, changes);
          const after = rows.get(tbl, id)!;
          // Only the changed columns are logged, so editing a source's title does not copy its whole text.
          const columns = Object.keys(changes).filter((c) => c in before);
          log(tbl, id, 'update', pick(before, columns), pick(after, columns));
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
      this.active = writer;
      let result: T;
      try {
        result = fn(writer);
      } finally {
        this.active = null;
      }
      if (n === 0) {
        // Nothing changed: keep the history clean rather than add an empty undo step.
        this.dropSet.run(seq);
        return { result, tables: [] };
      }
      if (opts.coalesce && this.coalesce(seq, opts, now)) return { result, tables: [...tables, 'change_set'] };
      this.setTables.run(JSON.stringify([...tables]), seq);
      if ((opts.kind ?? 'edit') === 'edit') this.discardRedo.run();
      return { result, tables: [...tables, 'change_set'] };
    })();
  }

  /** Reverses (undo) or replays (redo) one logged entry, refusing if someone changed the row since. */
  applyEntry(entry: LogEntry, direction: 'undo' | 'redo'): void {
    const before = decodeImage(entry.before);
    const after = decodeImage(entry.after);
    const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
    const current = this.rows.get(entry.tbl, entry.row_id);
    if (!matches(current, expected)) {
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
