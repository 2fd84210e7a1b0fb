import type { LabStore } from '../lab-store';

/** Sources whose text matches an FTS5 expression, best first (bm25). */
export function matchingSources(store: LabStore, match: string): { id: string; title: string }[] {
  return store
    .stmt(
      `SELECT s.id, s.title FROM source_fts f JOIN source_content c ON c.rowid = f.rowid JOIN source s ON s.id = c.id
        WHERE source_fts MATCH ? ORDER BY bm25(source_fts)`,
    )
    .all(match) as { id: string; title: string }[];
}
