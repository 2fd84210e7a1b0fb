import { ExcerptFilter } from '../../shared/domain/evidence';
import { ExcerptListAttrs, QuoteAttrs, TableAttrs, type PmNode, type ReportKind, type ResolvedBlock, type ResolvedExcerptList } from '../../shared/domain/report';
import { queryExcerpts } from '../coding/retrieval';
import { OpError } from '../errors';
import type { LabStore } from '../store/lab-store';
import { savedQueryFilter } from '../store/queries/report-queries';
import { NO_CHART, type LiveContext, type LiveData } from './live-tables/live-data';
import { liveData } from './live-tables/live-table';
import type { Privacy } from './privacy';
import { liveBlocksOf } from './report-body';
import { quoteViews, resolveQuote } from './resolve-quotes';

export interface ResolveOptions {
  privacy: Privacy;
  reportPhaseId: string | null;
  reportKind: ReportKind;
}

const EMPTY_TABLE = { columns: [], rows: [], footer: null, note: '' };

function messageOf(e: unknown): string {
  if (e instanceof OpError) return e.message;
  throw e;
}

function excerptListIds(store: LabStore, a: ExcerptListAttrs): { ids: string[]; total: number; title: string } {
  let filter = a.filter;
  let title = a.title;
  if (a.savedQueryId) {
    const saved = savedQueryFilter(store, a.savedQueryId);
    if (!saved) throw new OpError('NOT_FOUND', 'The saved query of this list was deleted; choose another.');
    filter = ExcerptFilter.parse(JSON.parse(saved.filter));
    title ||= saved.name;
  }
  if (!filter) throw new OpError('INVALID_INPUT', 'Choose a saved query or a filter for this list.');
  const { total, excerpts } = queryExcerpts(store, filter, a.limit);
  return { ids: excerpts.map((e) => e.excerptId), total, title };
}

/**
 * The current state of every live block of a body, by block id: what the editor shows and what the exporters
 * write. Quotes (of quote blocks and excerpt lists alike) are read in one query; a table and a chart of the same
 * data are computed once. A block that cannot be resolved (a deleted saved query) carries its error, and the
 * rest of the report still resolves.
 */
export function resolveBlocks(store: LabStore, body: PmNode, o: ResolveOptions): Record<string, ResolvedBlock> {
  const ctx: LiveContext = { store, privacy: o.privacy, reportPhaseId: o.reportPhaseId, reportKind: o.reportKind };
  const blocks = liveBlocksOf(body);
  const lists = new Map<string, { ids: string[]; total: number; title: string } | { error: string }>();
  const quoteIds: string[] = [];
  for (const b of blocks) {
    if (b.type === 'quote') {
      const a = QuoteAttrs.safeParse(b.attrs ?? {});
      if (a.success) quoteIds.push(a.data.excerptId);
    } else if (b.type === 'excerptList') {
      const id = String(b.attrs?.id ?? '');
      const a = ExcerptListAttrs.safeParse(b.attrs ?? {});
      try {
        const list = a.success ? excerptListIds(store, a.data) : { error: 'This excerpt list’s settings are not valid.' };
        lists.set(id, list);
        if ('ids' in list) quoteIds.push(...list.ids);
      } catch (e) {
        lists.set(id, { error: messageOf(e) });
      }
    }
  }
  const views = quoteViews(store, quoteIds, o.privacy);
  const data = new Map<string, LiveData | { error: string }>();
  const dataOf = (a: TableAttrs) => {
    const key = JSON.stringify({ ...a, id: '', title: '' });
    let d = data.get(key);
    if (!d) {
      try {
        d = liveData(ctx, a);
      } catch (e) {
        d = { error: messageOf(e) };
      }
      data.set(key, d);
    }
    return d;
  };
  const out: Record<string, ResolvedBlock> = {};
  for (const b of blocks) {
    const id = String(b.attrs?.id ?? '');
    if (b.type === 'quote') out[id] = resolveQuote(b, views, o.privacy);
    else if (b.type === 'excerptList') {
      const list = lists.get(id)!;
      const title = String(b.attrs?.title ?? '');
      const resolved: ResolvedExcerptList =
        'error' in list
          ? { kind: 'excerptList', id, title, total: 0, quotes: [], error: list.error }
          : { kind: 'excerptList', id, title: list.title, total: list.total, quotes: list.ids.flatMap((x) => views.get(x) ?? []), error: null };
      out[id] = resolved;
    } else {
      const a = TableAttrs.safeParse(b.attrs ?? {});
      const d = a.success ? dataOf(a.data) : { error: 'This table’s settings are not valid.' };
      const title = (a.success && a.data.title) || ('title' in d ? d.title : '');
      if (b.type === 'liveTable') out[id] = { kind: 'liveTable', id, title, table: 'table' in d ? d.table : EMPTY_TABLE, error: 'error' in d ? d.error : null };
      else out[id] = { kind: 'liveChart', id, title, chart: 'chart' in d ? d.chart : NO_CHART, error: 'error' in d ? d.error : null };
    }
  }
  return out;
}
