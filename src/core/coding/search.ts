import type { SearchHit } from '../../shared/domain/coding';
import type { LabStore } from '../store/lab-store';
import { selectCode } from '../store/queries/code-queries';
import { matchingSources } from '../store/queries/search-queries';
import { selectSourceOnlyText, selectSourceText } from '../store/queries/source-queries';
import { OpError } from '../errors';
import { paragraphAround, sentenceAround } from './excerpt-range';
import { applyCode, excerptFor } from './excerpts';
import { findHits, parseSearch, toFtsMatch } from './search-query';

const SNIPPET_CHARS = 60;

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/**
 * FTS5 finds the sources (fast, ranked); the hits inside each are then located in its text so that each
 * one has exact offsets, which "code all hits" and "jump to hit" need and FTS5 does not give.
 */
export function searchSources(store: LabStore, q: string, limit: number): { sources: number; hits: SearchHit[]; truncated: boolean } {
  const terms = parseSearch(q);
  const sources = matchingSources(store, toFtsMatch(terms));
  const hits: SearchHit[] = [];
  for (const s of sources) {
    const text = selectSourceOnlyText(store, s.id)!;
    for (const h of findHits(text, terms)) {
      if (hits.length >= limit) return { sources: sources.length, hits, truncated: true };
      hits.push({
        sourceId: s.id,
        sourceTitle: s.title,
        start: h.start,
        end: h.end,
        before: oneLine(text.slice(Math.max(0, h.start - SNIPPET_CHARS), h.start)).trimStart(),
        match: text.slice(h.start, h.end),
        after: oneLine(text.slice(h.end, h.end + SNIPPET_CHARS)).trimEnd(),
      });
    }
  }
  return { sources: sources.length, hits, truncated: false };
}

/** Applies a code to every hit (or its sentence or paragraph), as one undoable step. */
export function codeAllHits(store: LabStore, q: string, codeId: string, spread: 'hit' | 'sentence' | 'paragraph'): { coded: number; excerpts: number } {
  const code = selectCode(store, codeId);
  if (!code) throw new OpError('NOT_FOUND', 'codeId: that code does not exist');
  const terms = parseSearch(q);
  return store.write(`Code all hits of “${q}” with “${code.name}”`, (w) => {
    let coded = 0;
    let created = 0;
    for (const s of matchingSources(store, toFtsMatch(terms))) {
      const src = selectSourceText(store, s.id)!;
      const seen = new Set<string>();
      for (const h of findHits(src.text, terms)) {
        const range =
          spread === 'hit' ? h : spread === 'sentence' ? sentenceAround(src.text, src.blocks, h.start, h.end) : paragraphAround(src.blocks, h.start, h.end);
        const key = `${range.start}:${range.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const excerpt = excerptFor(w, store, s.id, range.start, range.end, src);
        if (excerpt.created) created++;
        if (applyCode(w, store, excerpt.id, codeId)) coded++;
      }
    }
    return { coded, excerpts: created };
  });
}
