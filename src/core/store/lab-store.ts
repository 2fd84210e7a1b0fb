import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { OpError } from '../errors';
import { backupLabNow } from './backup';
import { ChangeRecorder, type ChangeSetOptions, type RowWriter } from './change-recorder';
import { History } from './history';
import { LAB_APPLICATION_ID, readLabHeader } from './lab-file';
import { LATEST_VERSION, migrate, schemaVersion } from './migrations';
import { RowStatements } from './rows';

export interface StoreOptions {
  /** Path to a better-sqlite3 binding built for the running runtime (Electron's ABI differs from Node's). */
  nativeBinding?: string;
  /**
   * Called with each statement as it runs, parameters written in (better-sqlite3's `verbose`). For tests that
   * check which tables an operation reads; the app leaves it unset, which costs nothing.
   */
  verbose?: (sql: string) => void;
}

type Db = Database.Database;

function connect(path: string, opts: StoreOptions & { readonly?: boolean; fileMustExist?: boolean }): Db {
  const { verbose } = opts;
  return new Database(path, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.fileMustExist ?? true,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    ...(verbose ? { verbose: (sql: unknown) => verbose(String(sql)) } : {}),
  });
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  // Another window or the CLI may hold the write lock for a moment; wait rather than fail.
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
}

/** The schema version of an SQLite database that is a lab; NOT_A_LAB when some other program made it. */
export function labSchemaVersion(db: Db, name: string): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  if (appId !== LAB_APPLICATION_ID) {
    throw new OpError('NOT_A_LAB', `“${name}” is an SQLite database, but not a Scaling Lab Workbench lab.`);
  }
  return schemaVersion(db);
}

/**
 * Checks that `path` is a lab this version can open. Throws NOT_FOUND, NOT_A_LAB, LAB_DAMAGED or
 * LAB_TOO_NEW with a message naming the file. It writes no data, but a WAL-mode file gets `-wal` and
 * `-shm` beside it; `labs.check` (check-lab.ts) avoids even that.
 */
export function inspectLabFile(path: string, opts: StoreOptions = {}): { version: number } {
  readLabHeader(path);
  const name = basename(path);
  let db: Db | undefined;
  try {
    db = connect(path, { ...opts, readonly: true });
    const version = labSchemaVersion(db, name);
    if (version > LATEST_VERSION) {
      throw new OpError('LAB_TOO_NEW', `“${name}” was saved by a newer version of the workbench (schema ${version}); update the app to open it.`);
    }
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return { version };
  } catch (e) {
    if (e instanceof OpError) throw e;
    throw new OpError('LAB_DAMAGED', `“${name}” is damaged and cannot be read (${(e as Error).message}). Open a backup.`);
  } finally {
    db?.close();
  }
}

/** One open lab file. All SQL lives below this folder; features call named queries and write through `write`. */
export class LabStore {
  readonly rows: RowStatements;
  readonly history: History;
  private readonly recorder: ChangeRecorder;
  private coder: string | null = null;
  private coderName: string | null = null;
  private listener: ((tables: string[]) => void) | null = null;

  private constructor(
    readonly db: Db,
    readonly path: string,
  ) {
    this.rows = new RowStatements(db);
    this.recorder = new ChangeRecorder(db, this.rows);
    this.history = new History(db, this.recorder);
  }

  /** Creates a new, empty lab file at `path`; refuses to overwrite anything. */
  static create(path: string, opts: StoreOptions = {}): LabStore {
    if (existsSync(path)) throw new OpError('CONFLICT', `A file already exists at ${path}; choose another name.`);
    mkdirSync(dirname(path), { recursive: true });
    const db = connect(path, { ...opts, fileMustExist: false });
    configure(db);
    migrate(db);
    return new LabStore(db, path);
  }

  /** Opens an existing lab, migrating it forward when it was made by an earlier version. */
  static open(path: string, opts: StoreOptions = {}): LabStore {
    inspectLabFile(path, opts);
    const db = connect(path, opts);
    try {
      configure(db);
      // An upgrade cannot be taken back and earlier versions cannot open the result: keep the lab as it was first.
      if (schemaVersion(db) < LATEST_VERSION) backupLabNow(db, path, 'before-migration', opts);
      migrate(db);
    } catch (e) {
      db.close();
      throw e;
    }
    return new LabStore(db, path);
  }

  /**
   * A store over a read-only connection the caller opened and closes (compare reads many labs this way): no
   * migration, no pragma set, and any write fails in SQLite. The connection must be at the newest schema.
   */
  static overReadOnly(db: Db, path: string): LabStore {
    if (!db.readonly) throw new Error('overReadOnly needs a read-only connection');
    return new LabStore(db, path);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement, prepared once per open lab: the named queries call this on every use. */
  stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  /** Writes a consistent, compact snapshot of the lab to `target`, even while it is open and in WAL mode. */
  saveCopyTo(target: string): void {
    this.db.prepare('VACUUM INTO ?').run(target);
  }

  get schemaVersion(): number {
    return schemaVersion(this.db);
  }


  /**
   * Who is working. The coder row is found or added only when the first change is written, so opening a
   * lab to read it (labwb info, a second window) never writes to it.
   */
  useCoder(name: string): void {
    this.coderName = name;
    this.coder = null;
  }

  private resolveCoder(): string | null {
    if (this.coder || !this.coderName) return this.coder;
    const name = this.coderName;
    const found = this.stmt(`SELECT id FROM coder WHERE name = ?`).get(name) as { id: string } | undefined;
    // Adding a coder is bookkeeping, not an edit: its own change set, which undo does not cross or remove.
    this.coder = found
      ? found.id
      : String(this.recorder.record({ label: 'Add coder', coderId: null, kind: 'bookkeeping' }, (w) => w.insert('coder', { name })).result.id);
    return this.coder;
  }

  /** A read-only or bookkeeping transaction that is not a user edit. */
  tx<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** One user-visible change, in one transaction, recorded for undo and audit. Listeners hear of it after commit. */
  write<T>(label: string, fn: (w: RowWriter) => T, opts: Partial<ChangeSetOptions> = {}): T {
    const coderId = opts.coderId === undefined ? this.resolveCoder() : opts.coderId;
    const { result, tables } = this.recorder.record({ label, ...opts, coderId }, fn);
    this.changed(tables);
    return result;
  }

  undo(): boolean {
    return this.changed(this.history.undo(this.resolveCoder()));
  }

  redo(): boolean {
    return this.changed(this.history.redo());
  }

  /** Called with the tables a committed write touched, so front doors can tell the UI what to refetch. */
  onChange(listener: ((tables: string[]) => void) | null): void {
    this.listener = listener;
  }

  private localChanges = 0;

  /**
   * Changes when anything in the lab changed: a write through this handle, or a commit by another process
   * (`data_version`), so caches built from the lab know when they are stale.
   */
  get version(): string {
    return `${this.localChanges}:${this.db.pragma('data_version', { simple: true }) as number}`;
  }

  private changed(tables: string[] | null): boolean {
    if (tables && tables.length > 0) {
      this.localChanges++;
      this.listener?.(tables);
    }
    return tables !== null;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
