import type { Table } from './op';

/*
 * Lists of tables shared by every operation that runs the same core code, so their `reads` cannot drift apart.
 * test/unit/contract/reads.test.ts runs every query operation and checks its `reads` against the tables SQLite
 * actually opened for it.
 */

/**
 * What an excerpt filter can read, in SQL (core/store/queries/excerpt-filter.ts) or over the analysis snapshot,
 * whose survey conditions still go to SQL. Survey answers are here because a filter can test them: without them
 * a survey import left filtered lists, matrices and report blocks stale.
 */
export const FILTER_READS = [
  'excerpt',
  'source',
  'code',
  'excerpt_code',
  'evidence_value',
  'source_evidence',
  'excerpt_evidence',
  'source_speaker',
  'participant',
  'survey_answer',
] as const satisfies readonly Table[];

/** What the analysis snapshot (core/analysis/analysis-snapshot.ts) loads: an operation that counts over it reads all of it. */
export const SNAPSHOT_READS = [
  'excerpt',
  'source_speaker',
  'excerpt_code',
  'excerpt_evidence',
  'source',
  'source_evidence',
  'participant',
  'evidence_value',
  'evidence_dimension',
] as const satisfies readonly Table[];

/** One `reads` list from several, each table once. */
export function readsOf(...lists: (readonly Table[])[]): Table[] {
  return [...new Set(lists.flat())];
}
