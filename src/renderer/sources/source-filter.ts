import type { SourceKind, SourceSummary } from '../../shared/domain/source';

export interface SourceFilter {
  text: string;
  kind: SourceKind | null;
  phaseId: string | null;
}

export const NO_FILTER: SourceFilter = { text: '', kind: null, phaseId: null };

export function isFiltering(f: SourceFilter): boolean {
  return f.text.trim() !== '' || f.kind !== null || f.phaseId !== null;
}

/** What the text filter looks through: title, file name, speakers, language and attribute values. */
export function searchText(s: SourceSummary): string {
  return [s.title, s.fileName, s.language, ...s.speakers, ...Object.values(s.attributes)].join('\u0000').toLowerCase();
}

/** The filters other than the search text. */
export function matchesSourceFilter(s: SourceSummary, f: SourceFilter): boolean {
  return (f.kind === null || s.kind === f.kind) && (f.phaseId === null || s.phaseId === f.phaseId);
}
