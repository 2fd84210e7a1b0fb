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

export function filterSources(
  sources: SourceSummary[],
  haystacks: Map<string, string>,
  f: SourceFilter,
): SourceSummary[] {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  return sources.filter(
    (s) =>
      (f.kind === null || s.kind === f.kind) &&
      (f.phaseId === null || s.phaseId === f.phaseId) &&
      words.every((w) => haystacks.get(s.id)?.includes(w)),
  );
}

export function attributeKeysOf(sources: SourceSummary[]): string[] {
  const keys = new Set<string>();
  for (const s of sources) for (const k of Object.keys(s.attributes)) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
