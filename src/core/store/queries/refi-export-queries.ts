import type { Code } from '../../../shared/domain/coding';
import type { LabStore } from '../lab-store';
import type { Row } from '../rows';
import { codeCodec } from './code-queries';
import type { FilterSql } from './excerpt-filter';

/** What a REFI-QDA export reads, beyond the lab's existing named queries. */

/** Every code, siblings in their order: the codebook as a tree is built from this one read. */
export function codebookRows(store: LabStore): Code[] {
  return (store.stmt(`SELECT * FROM code ORDER BY position, name COLLATE NOCASE`).all() as Row[]).map(codeCodec.fromRow);
}

export interface RefiSourceRow {
  id: string;
  title: string;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export function refiSources(store: LabStore): RefiSourceRow[] {
  return store
    .stmt(
      `SELECT id, title, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt, updated_by AS updatedBy
         FROM source ORDER BY created_at, rowid`,
    )
    .all() as RefiSourceRow[];
}

export interface RefiExcerptRow {
  id: string;
  start: number;
  end: number;
  text: string;
  memo: string;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** A source's excerpts in document order. */
export function refiExcerptsOfSource(store: LabStore, sourceId: string): RefiExcerptRow[] {
  return store
    .stmt(
      `SELECT id, start, "end", text, memo, created_at AS createdAt, created_by AS createdBy, updated_at AS updatedAt, updated_by AS updatedBy
         FROM excerpt WHERE source_id = ? ORDER BY start, "end", id`,
    )
    .all(sourceId) as RefiExcerptRow[];
}

export interface RefiCodingRow {
  id: string;
  excerptId: string;
  /** A code's id, or an evidence value's id for a tag. */
  targetId: string;
  createdAt: string;
  createdBy: string | null;
}

/** Codes applied to a source's excerpts, then its excerpts' own evidence tags (not those inherited from the source). */
export function refiCodingsOfSource(store: LabStore, sourceId: string): { codes: RefiCodingRow[]; tags: RefiCodingRow[] } {
  const sql = (table: 'excerpt_code' | 'excerpt_evidence', column: 'code_id' | 'value_id') =>
    `SELECT x.id, x.excerpt_id AS excerptId, x.${column} AS targetId, x.created_at AS createdAt, x.created_by AS createdBy
       FROM ${table} x JOIN excerpt e ON e.id = x.excerpt_id WHERE e.source_id = ? ORDER BY x.created_at, x.id`;
  return {
    codes: store.stmt(sql('excerpt_code', 'code_id')).all(sourceId) as RefiCodingRow[],
    tags: store.stmt(sql('excerpt_evidence', 'value_id')).all(sourceId) as RefiCodingRow[],
  };
}

/** Which sources each participant speaks in (a speaker label of the source is mapped to them). */
export function participantSources(store: LabStore): { participantId: string; sourceId: string }[] {
  return store
    .stmt(
      `SELECT DISTINCT sp.participant_id AS participantId, sp.source_id AS sourceId
         FROM source_speaker sp JOIN source s ON s.id = sp.source_id
        WHERE sp.participant_id IS NOT NULL ORDER BY s.created_at, s.rowid`,
    )
    .all() as { participantId: string; sourceId: string }[];
}

/** The sources holding at least one excerpt a filter selects (a saved query as a REFI-QDA set of sources). */
export function sourcesMatching(store: LabStore, f: FilterSql): string[] {
  return (store.stmt(`SELECT DISTINCT e.source_id AS id FROM ${f.from} WHERE ${f.where}`).all(f.params) as { id: string }[]).map((r) => r.id);
}
