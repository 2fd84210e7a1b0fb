import Database from 'better-sqlite3';
import { basename, resolve } from 'node:path';
import type { CodingCopyInfo } from '../../shared/domain/coder-copy';
import { OpError } from '../errors';
import { inspectLabFile, type StoreOptions } from '../store/lab-store';
import { LATEST_VERSION } from '../store/migrations';
import {
  MERGED_TABLES,
  selectAllRows,
  selectCodingCopyMarks,
  selectCopyLog,
  selectLabId,
  selectSourceParts,
  type MergedTable,
} from '../store/queries/coder-copy-queries';
import type { Row, SqlValue } from '../store/rows';

/** A coding copy as merge sees it: its rows, what was added in it, and each changed column's value when copied. */
export interface CopySide {
  readonly info: CodingCopyInfo;
  readonly rows: Record<MergedTable, Row[]>;
  /** `tbl:id` of rows added in the copy. */
  readonly inserted: Set<string>;
  /** `tbl:id` → the columns changed in the copy, with their values when it was made. */
  readonly base: Map<string, Row>;
  sourceParts(sourceId: string): ReturnType<typeof selectSourceParts>;
  close(): void;
}

export const rowKey = (tbl: string, id: SqlValue | undefined): string => `${tbl}:${String(id)}`;

/** A column's value when the copy was made: its first "before" image in the copy's log, else its value now. */
export function baseValue(copy: CopySide, tbl: MergedTable, row: Row, column: string): SqlValue {
  const before = copy.base.get(rowKey(tbl, row.id));
  return before && column in before ? before[column]! : (row[column] ?? null);
}

/**
 * Opens a coding copy read-only and reads what merge needs. Refuses a file that is not a lab, not a coding copy,
 * a copy of another lab, or a copy at another schema version (open it once in this version to upgrade it).
 */
export function readCodingCopy(path: string, labId: string, opts: StoreOptions = {}): CopySide {
  const file = resolve(path);
  const name = basename(file);
  const { version } = inspectLabFile(file, opts);
  if (version !== LATEST_VERSION) {
    throw new OpError('CONFLICT', `path: “${name}” is at schema ${version}; open it once in this version of the app to upgrade it, then merge.`);
  }
  const db = new Database(file, { readonly: true, fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    const marks = selectCodingCopyMarks(db);
    if (marks.length !== 1) {
      throw new OpError('INVALID_INPUT', `path: “${name}” is not a coding copy; make one with File › Save a Copy for Coding….`);
    }
    const mark = marks[0]!;
    if (mark.origin_lab_id !== labId || selectLabId(db) !== labId) {
      throw new OpError('CONFLICT', `path: “${name}” was copied from another lab; merge it into the lab it came from.`);
    }
    const rows = Object.fromEntries(MERGED_TABLES.map((t) => [t, selectAllRows(db, t)])) as Record<MergedTable, Row[]>;
    const inserted = new Set<string>();
    const base = new Map<string, Row>();
    for (const e of selectCopyLog(db)) {
      const key = rowKey(e.tbl, e.row_id);
      if (e.op === 'insert') inserted.add(key);
      if (!e.before) continue;
      const first = base.get(key) ?? {};
      for (const [column, value] of Object.entries(JSON.parse(e.before) as Row)) if (!(column in first)) first[column] = value;
      base.set(key, first);
    }
    const info: CodingCopyInfo = {
      copyId: mark.id,
      originLabId: mark.origin_lab_id,
      forCoderId: mark.for_coder_id,
      forCoderName: mark.for_coder_name,
      hideOthers: mark.hide_others === 1,
      madeAt: mark.created_at,
    };
    return {
      info,
      rows,
      inserted,
      base,
      sourceParts: (sourceId) => selectSourceParts(db, sourceId),
      close: () => db.close(),
    };
  } catch (e) {
    db.close();
    throw e;
  }
}
