import type { QueryClient } from '@tanstack/react-query';
import type { Excerpt, SourceDocument } from '../../shared/domain/coding';
import { opKey } from '../client/app-state-cache';

/**
 * Writes an excerpt the store has just returned into the cached document, so its highlight is drawn at once;
 * the change event's refetch then replaces the cache with the store's own answer.
 */
export function putCachedExcerpt(qc: QueryClient, excerpt: Excerpt): void {
  qc.setQueryData<SourceDocument>(opKey('sources.get', { id: excerpt.sourceId }), (doc) => {
    if (!doc) return doc;
    const at = doc.excerpts.findIndex((e) => e.id === excerpt.id);
    const excerpts = at >= 0 ? doc.excerpts.with(at, excerpt) : [...doc.excerpts, excerpt];
    return { ...doc, excerpts };
  });
}

export function dropCachedExcerpts(qc: QueryClient, sourceId: string, ids: readonly string[]): void {
  const gone = new Set(ids);
  qc.setQueryData<SourceDocument>(opKey('sources.get', { id: sourceId }), (doc) =>
    doc ? { ...doc, excerpts: doc.excerpts.filter((e) => !gone.has(e.id)) } : doc,
  );
}
