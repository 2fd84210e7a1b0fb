import type { z } from 'zod';

/**
 * Tables that hold user data and go through the change log (core's change recorder writes only these; it
 * builds SQL from the names, so it checks them against this list).
 */
export const DATA_TABLES = [
  'coder',
  'lab',
  'phase',
  'convening',
  'participant',
  'source',
  'source_content',
  'source_speaker',
  'code',
  'excerpt',
  'excerpt_code',
  'evidence_dimension',
  'evidence_value',
  'source_evidence',
  'excerpt_evidence',
  'memo',
  'memo_excerpt',
  'saved_query',
  'attendance',
  'convening_guest',
  'responsiveness_note',
  'target',
  'measure',
  'data_point',
  'rubric_level',
  'rubric_item',
  'rubric_score',
  'rubric_score_excerpt',
  'survey_item',
  'survey_answer',
  'report',
  'coding_merge',
  'assistant_rejection',
] as const;

/**
 * The tables a `changed` event can name (every data table, `change_set`, `app` for the settings, and `recording`,
 * whose bytes stay out of the change log), so an operation's `reads` tells the UI which cached queries a write makes stale.
 */
export const TABLES = [...DATA_TABLES, 'change_set', 'app', 'recording'] as const;
export type Table = (typeof TABLES)[number];

export interface OpDef<N extends string = string, I extends z.ZodType = z.ZodType, R extends z.ZodType = z.ZodType> {
  readonly name: N;
  readonly input: I;
  readonly result: R;
  /** Queries are cached and refetched when a table they read changes; mutations write. */
  readonly kind: 'query' | 'mutation';
  readonly reads: readonly Table[];
  /** Needs an open lab; the dispatcher says NO_LAB_OPEN otherwise. */
  readonly needsLab: boolean;
}

export function op<N extends string, I extends z.ZodType, R extends z.ZodType>(
  name: N,
  def: { input: I; result: R; kind: 'query' | 'mutation'; reads?: readonly Table[]; needsLab?: boolean },
): OpDef<N, I, R> {
  return { name, reads: [], needsLab: true, ...def };
}
