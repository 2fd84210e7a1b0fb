import type Database from 'better-sqlite3';

function tableNames(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
}

/**
 * Every row of every table, as JSON. Given the columns of an older file, only those: later migrations may add
 * columns (schema 60's source_speaker.public), and the rows must still hold what they held.
 */
export function tableContents(db: Database.Database, columnsOf?: Record<string, string[]>): Record<string, unknown[]> {
  // Sorted in JavaScript: change_log is WITHOUT ROWID.
  return Object.fromEntries(
    tableNames(db).map((n) => {
      const cols = columnsOf?.[n]?.map((c) => `"${c}"`).join(', ') ?? '*';
      return [n, db.prepare(`SELECT ${cols} FROM "${n}"`).all().map((r) => JSON.stringify(r)).sort()];
    }),
  );
}

/** Each table's column names, to read a migrated file on the columns the older one had. */
export function tableColumns(db: Database.Database): Record<string, string[]> {
  return Object.fromEntries(tableNames(db).map((n) => [n, (db.pragma(`table_info("${n}")`) as { name: string }[]).map((c) => c.name)]));
}
