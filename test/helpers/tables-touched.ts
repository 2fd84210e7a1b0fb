import Database from 'better-sqlite3';
import { DATA_TABLES } from '../../src/shared/contract/op';

/** What the statements of one operation touched, named as `changed` events name tables. */
export interface Touched {
  reads: Set<string>;
  writes: Set<string>;
}

/**
 * Which lab tables SQL statements touch, asked of SQLite itself rather than read off the SQL text.
 *
 * better-sqlite3 does not expose SQLite's authorizer, and the `tables_used` table-valued function needs a build
 * option (SQLITE_ENABLE_BYTECODE_VTAB) its SQLite lacks. What it does have is `verbose`: the text of every
 * statement as it runs, with its parameters written in. Each such text is compiled here with EXPLAIN on a
 * connection of its own (compiled, never run) and its program read: every b-tree a statement reads is opened by
 * an OpenRead (or ReopenIdx) whose p2 is the root page of a table or an index and p3 the database (0 = main), and
 * `sqlite_schema` maps root pages to their table (`tbl_name` of an index is its table). This is exact where text
 * matching is not: views are compiled into the tables they select from, subqueries and joins all appear, aliases
 * and comments do not matter, and writes show as OpenWrite.
 *
 * One thing the program does not name: a virtual table (VOpen carries a pointer, not a name). Our only virtual
 * tables are the FTS5 indexes, each over an external content table whose rows it returns; a statement that opens
 * a virtual table is counted as reading the content table of each FTS index its text names.
 */
export class TablesTouched {
  private readonly db: Database.Database;
  private readonly byRootPage = new Map<number, string>();
  /** FTS index (and each of its shadow tables) → the content table events name. */
  private readonly ftsContent = new Map<string, string>();
  private readonly ftsIndexes: string[] = [];
  private readonly cache = new Map<string, Touched>();

  constructor(labPath: string) {
    this.db = new Database(labPath, { readonly: true, fileMustExist: true });
    const schema = this.db.prepare(`SELECT type, name, tbl_name, rootpage, sql FROM sqlite_schema`).all() as {
      type: string;
      name: string;
      tbl_name: string;
      rootpage: number | null;
      sql: string | null;
    }[];
    // The schema table is on page 1 and not listed in itself.
    this.byRootPage.set(1, 'sqlite_schema');
    for (const s of schema) if (s.rootpage) this.byRootPage.set(s.rootpage, s.tbl_name);
    for (const s of schema) {
      if (s.type !== 'table' || !/^CREATE VIRTUAL TABLE/i.test(s.sql ?? '')) continue;
      const content = /content\s*=\s*'?(\w+)'?/i.exec(s.sql!)?.[1];
      if (!content) throw new Error(`virtual table ${s.name} has no external content table to name`);
      this.ftsIndexes.push(s.name);
      this.ftsContent.set(s.name, content);
      for (const shadow of ['data', 'idx', 'config', 'docsize', 'content']) this.ftsContent.set(`${s.name}_${shadow}`, content);
    }
  }

  /** The lab table a `changed` event names for a table of the file. */
  private eventName(table: string): string | null {
    // The schema, AUTOINCREMENT counters and planner statistics: SQLite's own, not the lab's data.
    if (/^sqlite_/.test(table)) return null;
    // change_log rows are written only with their change_set row, and every change names `change_set`.
    if (table === 'change_log') return 'change_set';
    if (table === 'change_set' || (DATA_TABLES as readonly string[]).includes(table)) return table;
    // A recording's bytes stay out of the change log; `recording` names both its tables.
    if (table === 'recording' || table === 'recording_chunk') return 'recording';
    const content = this.ftsContent.get(table);
    if (content) return this.eventName(content);
    throw new Error(`no change event names table ${table}: say here which one does`);
  }

  /** The tables one statement (as better-sqlite3's `verbose` reports it) reads and writes. */
  of(sql: string): Touched {
    const cached = this.cache.get(sql);
    if (cached) return cached;
    const out: Touched = { reads: new Set(), writes: new Set() };
    const add = (into: Set<string>, table: string) => {
      const name = this.eventName(table);
      if (name) into.add(name);
    };
    const program = this.db.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p2: number; p3: number }[];
    for (const { opcode, p2, p3 } of program) {
      if (opcode === 'OpenRead' || opcode === 'ReopenIdx' || opcode === 'OpenWrite') {
        if (p3 === 1) continue; // the temp database: nothing of the lab
        if (p3 !== 0) throw new Error(`statement opens database ${p3}; only the lab's own is expected: ${sql}`);
        const table = this.byRootPage.get(p2);
        if (!table) throw new Error(`root page ${p2} is no table of the lab: ${sql}`);
        add(opcode === 'OpenWrite' ? out.writes : out.reads, table);
      } else if (opcode === 'VOpen') {
        for (const fts of this.ftsIndexes) if (new RegExp(`\\b${fts}\\b`, 'i').test(sql)) add(out.reads, fts);
      } else if (opcode === 'IntegrityCk') {
        for (const table of new Set(this.byRootPage.values())) add(out.reads, table);
      }
    }
    this.cache.set(sql, out);
    return out;
  }

  /** The union over many statements. */
  ofAll(sqls: Iterable<string>): Touched {
    const out: Touched = { reads: new Set(), writes: new Set() };
    for (const sql of sqls) {
      const t = this.of(sql);
      for (const r of t.reads) out.reads.add(r);
      for (const w of t.writes) out.writes.add(w);
    }
    return out;
  }

  close(): void {
    this.db.close();
  }
}
