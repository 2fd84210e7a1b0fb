import type { LabStore } from '../store/lab-store';
import { selectAllRows, selectEverLogged, selectExistingIds, selectMergeDecisions } from '../store/queries/coder-copy-queries';
import type { Row, SqlValue } from '../store/rows';
import type { CopySide } from './coding-copy-file';

type Linked = 'evidence_value' | 'participant' | 'phase' | 'convening';

/** The open lab as merge sees it, read in one pass per table. */
export interface HereSide {
  readonly coders: Map<string, Row>;
  readonly sources: Map<string, Row>;
  readonly sourceBySha: Map<string, string>;
  readonly codes: Map<string, Row>;
  readonly excerpts: Map<string, Row>;
  readonly codings: Map<string, Row>;
  readonly tags: Map<string, Row>;
  readonly memos: Map<string, Row>;
  readonly memoLinks: Map<string, Row>;
  /** `tbl:id` of the copy's rows missing here that this lab once held: deleted here, not new. */
  readonly everHeld: Set<string>;
  /** Conflicts decided in earlier merges of this copy: id → the copy's value then. */
  readonly decidedBefore: Map<string, string | null>;
  /** The id when this lab has that row, else null (a link to it is dropped). */
  has(tbl: Linked, id: SqlValue | undefined): string | null;
}

const byId = (rows: Row[]) => new Map(rows.map((r) => [String(r.id), r]));

export function readHere(store: LabStore, copy: CopySide): HereSide {
  return store.tx(() => {
    const db = store.db;
    const sources = byId(selectAllRows(db, 'source'));
    const side = {
      coders: byId(selectAllRows(db, 'coder')),
      sources,
      sourceBySha: new Map([...sources.values()].map((s) => [String(s.sha256), String(s.id)])),
      codes: byId(selectAllRows(db, 'code')),
      excerpts: byId(selectAllRows(db, 'excerpt')),
      codings: byId(selectAllRows(db, 'excerpt_code')),
      tags: byId(selectAllRows(db, 'excerpt_evidence')),
      memos: byId(selectAllRows(db, 'memo')),
      memoLinks: byId(selectAllRows(db, 'memo_excerpt')),
    };
    const mapOf = { source: side.sources, code: side.codes, excerpt: side.excerpts, excerpt_code: side.codings, excerpt_evidence: side.tags, memo: side.memos, memo_excerpt: side.memoLinks };
    const missing: { tbl: string; id: string }[] = [];
    for (const [tbl, here] of Object.entries(mapOf)) {
      for (const r of copy.rows[tbl as keyof typeof mapOf]) if (!here.has(String(r.id))) missing.push({ tbl, id: String(r.id) });
    }
    const linked = new Map<Linked, Set<string>>();
    const idsOf = (tbl: Linked) => {
      let s = linked.get(tbl);
      if (!s) linked.set(tbl, (s = selectExistingIds(store, tbl)));
      return s;
    };
    return {
      ...side,
      everHeld: selectEverLogged(store, missing),
      decidedBefore: selectMergeDecisions(store, copy.info.copyId),
      has: (tbl, id) => (id !== null && id !== undefined && idsOf(tbl).has(String(id)) ? String(id) : null),
    };
  });
}

