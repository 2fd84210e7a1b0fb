import { readyAnalysisSnapshot } from '../analysis/analysis-snapshot';
import { cooccurrence, cooccurrenceCellExcerpts } from '../analysis/cooccurrence';
import { crossTable, crossTableCell } from '../analysis/cross-table';
import type { Workspace } from '../app/workspace';
import { queryExcerpts } from '../coding/retrieval';
import { parseSearch, toFtsMatch } from '../coding/search-query';
import { OpError } from '../errors';
import { createDimension, createValue, setSourceTags, tagExcerpts, updateDimension, updateValue } from '../evidence/evidence-tags';
import { jobPlaceOf } from '../jobs/run-job-task';
import { createMemo, deleteMemo, linkMemo, updateMemo } from '../memos/memos';
import { savedQueryCodec, savedQueryNamed, selectMemos, selectSavedQueries } from '../store/queries/memo-queries';
import { selectDimensions, selectExcerptTags, sourceTagRows } from '../store/queries/evidence-queries';
import type { Handlers } from './handler';

/** Analyses count over the snapshot; a stale one is rebuilt in the job worker while other calls are answered. */
function snapshotReady(ws: Workspace): Promise<unknown> {
  return readyAnalysisSnapshot(ws.store, jobPlaceOf(ws));
}

export const evidenceHandlers: Handlers<'evidence' | 'analysis' | 'queries' | 'memos'> = {
  'evidence.dimensions': (ws) => selectDimensions(ws.store),
  'evidence.createDimension': (ws, input) => createDimension(ws.store, input),
  'evidence.updateDimension': (ws, { id, patch }) => updateDimension(ws.store, id, patch),
  'evidence.createValue': (ws, input) => createValue(ws.store, input),
  'evidence.updateValue': (ws, { id, patch }) => updateValue(ws.store, id, patch),
  'evidence.setSourceTags': (ws, { sourceId, valueIds }) => setSourceTags(ws.store, sourceId, valueIds),
  'evidence.sourceTags': (ws, { sourceId }) => sourceTagRows(ws.store, sourceId).map((r) => r.value_id),
  'evidence.excerptTags': (ws, { excerptIds }) => selectExcerptTags(ws.store, excerptIds),
  'evidence.tagExcerpts': (ws, input) => tagExcerpts(ws.store, input),
  'analysis.crossTable': async (ws, { rows, cols, filter }) => {
    await snapshotReady(ws);
    return crossTable(ws.store, rows, cols, filter);
  },
  'analysis.cell': async (ws, { rows, cols, row, col, filter }) => {
    await snapshotReady(ws);
    return crossTableCell(ws.store, rows, cols, row, col, filter);
  },
  'analysis.cooccurrence': async (ws, { codeIds, mode, filter }) => {
    await snapshotReady(ws);
    return cooccurrence(ws.store, codeIds, mode, filter);
  },
  'analysis.cooccurrenceCell': async (ws, { rowCodeId, colCodeId, mode, filter }) => {
    await snapshotReady(ws);
    return cooccurrenceCellExcerpts(ws.store, rowCodeId, colCodeId, mode, filter);
  },
  'queries.list': (ws) => selectSavedQueries(ws.store),
  'queries.save': (ws, { name, filter }) => {
    const store = ws.store;
    const existing = savedQueryNamed(store, name);
    const row = store.write(existing ? `Update saved query “${name}”` : `Save query “${name}”`, (w) =>
      existing ? w.update('saved_query', existing, savedQueryCodec.toRow({ filter })) : w.insert('saved_query', savedQueryCodec.toRow({ name, filter })),
    );
    return savedQueryCodec.fromRow(row);
  },
  'queries.delete': (ws, { id }) => {
    const row = ws.store.rows.get('saved_query', id);
    if (!row) throw new OpError('NOT_FOUND', 'That saved query no longer exists.');
    ws.store.write(`Delete saved query “${String(row.name)}”`, (w) => w.remove('saved_query', id));
    return null;
  },
  'memos.list': (ws, { targetKind, targetId, q }) => selectMemos(ws.store, { targetKind, targetId, match: q ? toFtsMatch(parseSearch(q)) : undefined }),
  'memos.create': (ws, input) => createMemo(ws.store, input),
  'memos.update': (ws, { id, patch }) => updateMemo(ws.store, id, patch),
  'memos.delete': (ws, { id }) => deleteMemo(ws.store, id),
  'memos.link': (ws, { id, excerptIds, unlink }) => linkMemo(ws.store, id, excerptIds, unlink),
};

export const excerptQueryHandler: Handlers<'excerpts'>['excerpts.query'] = (ws, { filter, limit }) => queryExcerpts(ws.store, filter, limit);
