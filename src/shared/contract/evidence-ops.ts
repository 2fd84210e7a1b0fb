import { z } from 'zod';
import { RetrievedExcerpt } from '../domain/coding';
import {
  Axis,
  Cooccurrence,
  CrossTable,
  DimensionInput,
  DimensionPatch,
  EvidenceDimension,
  ExcerptFilter,
  ExcerptTag,
  SavedQuery,
  ValueInput,
  ValuePatch,
} from '../domain/evidence';
import { Id } from '../domain/ids';
import { FILTER_READS, readsOf, SNAPSHOT_READS } from './filter-reads';
import { op } from './op';

const EVIDENCE_READS = ['evidence_dimension', 'evidence_value'] as const;
const TAG_READS = ['source', 'source_evidence', 'excerpt', 'excerpt_evidence', 'excerpt_code', 'code', 'evidence_value'] as const;
/** Analyses count over the snapshot, narrowed by the filter, and label their axes with phases and convenings. */
const ANALYSIS_READS = readsOf(FILTER_READS, SNAPSHOT_READS, ['phase', 'convening']);

export const listDimensions = op('evidence.dimensions', {
  input: z.object({}),
  result: z.array(EvidenceDimension),
  kind: 'query',
  reads: EVIDENCE_READS,
});
export const createDimension = op('evidence.createDimension', { input: DimensionInput, result: EvidenceDimension, kind: 'mutation' });
export const updateDimension = op('evidence.updateDimension', { input: z.object({ id: Id, patch: DimensionPatch }), result: EvidenceDimension, kind: 'mutation' });
export const createValue = op('evidence.createValue', { input: ValueInput, result: EvidenceDimension, kind: 'mutation' });
export const updateValue = op('evidence.updateValue', { input: z.object({ id: Id, patch: ValuePatch }), result: EvidenceDimension, kind: 'mutation' });

export const setSourceTags = op('evidence.setSourceTags', {
  input: z.object({ sourceId: Id, valueIds: z.array(Id).max(200) }),
  result: z.array(Id),
  kind: 'mutation',
});
export const sourceTags = op('evidence.sourceTags', {
  input: z.object({ sourceId: Id }),
  result: z.array(Id),
  kind: 'query',
  reads: ['source_evidence'],
});

/** Tags of excerpts, each marked own or inherited. */
export const excerptTags = op('evidence.excerptTags', {
  input: z.object({ excerptIds: z.array(Id).min(1).max(100000) }),
  result: z.record(z.string(), z.array(ExcerptTag)),
  kind: 'query',
  reads: TAG_READS,
});

/**
 * Tags many excerpts at once, as one undoable action: `add` and `remove` act on the excerpts' own tags;
 * `clearDimension` drops an excerpt's own tags in a dimension so it inherits its source's again.
 */
export const tagExcerpts = op('evidence.tagExcerpts', {
  input: z.object({
    excerptIds: z.array(Id).min(1).max(100000),
    add: z.array(Id).max(50).default([]),
    remove: z.array(Id).max(50).default([]),
    clearDimension: Id.optional(),
  }),
  result: z.object({ changed: z.number().int() }),
  kind: 'mutation',
});

export const queryExcerpts = op('excerpts.query', {
  input: z.object({ filter: ExcerptFilter.default({}), limit: z.number().int().min(1).max(100000).default(5000) }),
  result: z.object({ total: z.number().int(), excerpts: z.array(RetrievedExcerpt) }),
  kind: 'query',
  reads: readsOf(TAG_READS, FILTER_READS, ['coder']),
});

export const crossTable = op('analysis.crossTable', {
  input: z.object({ rows: Axis, cols: Axis, filter: ExcerptFilter.default({}) }),
  result: CrossTable,
  kind: 'query',
  reads: ANALYSIS_READS,
});

/** The excerpts behind one cell of a cross-table: the click-through. A null row or column is its total. */
export const crossTableCell = op('analysis.cell', {
  input: z.object({ rows: Axis, cols: Axis, row: z.string().nullable(), col: z.string().nullable(), filter: ExcerptFilter.default({}) }),
  result: z.array(Id),
  kind: 'query',
  reads: ANALYSIS_READS,
});

/** Code × code: excerpts of one code that overlap (or share a speaker turn with) an excerpt of the other; the filter narrows both. */
export const cooccurrence = op('analysis.cooccurrence', {
  input: z.object({ codeIds: z.array(Id).max(200).optional(), mode: Cooccurrence.default('overlap'), filter: ExcerptFilter.default({}) }),
  result: CrossTable,
  kind: 'query',
  reads: ANALYSIS_READS,
});

/**
 * The excerpts behind a co-occurrence cell: those of the row code and those of the column code they meet. A
 * null column is the row's total (its excerpts that meet any other code); null for both, the grand total.
 */
export const cooccurrenceCell = op('analysis.cooccurrenceCell', {
  input: z.object({ rowCodeId: Id.nullable(), colCodeId: Id.nullable(), mode: Cooccurrence.default('overlap'), filter: ExcerptFilter.default({}) }),
  result: z.array(Id),
  kind: 'query',
  reads: ANALYSIS_READS,
});

export const listSavedQueries = op('queries.list', { input: z.object({}), result: z.array(SavedQuery), kind: 'query', reads: ['saved_query'] });
export const saveQuery = op('queries.save', {
  input: z.object({ name: z.string().trim().min(1, 'name the query').max(120), filter: ExcerptFilter }),
  result: SavedQuery,
  kind: 'mutation',
});
export const deleteQuery = op('queries.delete', { input: z.object({ id: Id }), result: z.null(), kind: 'mutation' });
