import type { LabStore } from '../lab-store';

/** Sources whose text matches an FTS5 expression, best first (bm25). */
export function matchingSources(store: LabStore, match: string): { id: string; title: string }[] {
  return store.db
    .prepare(
      `SELECT s.id, s.title FROM source_fts f JOIN source s ON s.rowid = f.rowid
        WHERE source_fts MATCH ? ORDER BY bm25(source_fts)`,
    )
    .all(match) as { id: string; title: string }[];
}
