import type { ExcerptFilter } from '../../shared/domain/evidence';
import { expandCodes } from '../coding/retrieval';
import type { LabStore } from '../store/lab-store';
import { participantsMeetingSurvey, suggestedExcerptIds } from '../store/queries/excerpt-filter';
import { listOf, tagsIn, type AnalysisSnapshot } from './analysis-snapshot';

/** The filter as the excerpt lists apply it (codes with their children, survey answers), over the snapshot. */
export function storeFilter(store: LabStore, s: AnalysisSnapshot, f: ExcerptFilter): (i: number) => boolean {
  return snapshotFilter(s, expandCodes(store, f), participantsMeetingSurvey(store, f.surveyAnswers ?? []), f.suggested ? suggestedExcerptIds(store) : undefined);
}

/**
 * The same filter the excerpt lists apply in SQL, as a predicate over the snapshot (codes already widened
 * to their children, survey conditions resolved to participants, and `suggested` to its excerpts, by the caller).
 */
export function snapshotFilter(s: AnalysisSnapshot, f: ExcerptFilter, surveyParticipants: Set<string>[] = [], suggested?: Set<string>): (i: number) => boolean {
  const tests: ((i: number) => boolean)[] = [];
  const set = <T>(xs: T[] | undefined) => (xs?.length ? new Set(xs) : null);
  const codes = set(f.codeIds);
  const coders = set(f.coderIds);
  if (codes || coders) {
    const codeIdx = codes ? new Set(s.codeIds.flatMap((id, k) => (codes.has(id) ? [k] : []))) : null;
    const coderIdx = coders ? new Set(s.coderIds.flatMap((id, k) => (coders.has(id) ? [k] : []))) : null;
    tests.push((i) => {
      const cs = listOf(s.codes, i);
      const ws = listOf(s.coders, i);
      // Code and coder must match on the same coding, as in the SQL filter.
      for (let k = 0; k < cs.length; k++) if ((!codeIdx || codeIdx.has(cs[k]!)) && (!coderIdx || coderIdx.has(ws[k] ?? -1))) return true;
      return false;
    });
  }
  if (f.evidence?.length) {
    const byDim = new Map<string, Set<number>>();
    s.values.forEach((v, k) => {
      if (f.evidence!.includes(v.id)) byDim.set(v.dimension, (byDim.get(v.dimension) ?? new Set()).add(k));
    });
    for (const [dim, wanted] of byDim) tests.push((i) => tagsIn(s, i, dim).some((v) => wanted.has(v)));
  }
  const ids = set(f.excerptIds);
  if (ids) tests.push((i) => ids.has(s.excerptIds[i]!));
  if (suggested) tests.push((i) => suggested.has(s.excerptIds[i]!));
  const bySource = (pick: (src: AnalysisSnapshot['sources'][number]) => string, wanted: Set<string> | null) => {
    if (wanted) tests.push((i) => wanted.has(pick(s.sources[s.source[i]!]!)));
  };
  bySource((x) => x.id, set(f.sourceIds));
  bySource((x) => x.phase, set(f.phaseIds));
  bySource((x) => x.convening, set(f.conveningIds));
  bySource((x) => x.kind, set<string>(f.sourceKinds));
  bySource((x) => x.timePoint, set<string>(f.timePoints));
  const byPerson = (pick: (p: AnalysisSnapshot['participants'][number]) => string, wanted: Set<string> | null) => {
    if (wanted) tests.push((i) => s.participant[i]! >= 0 && wanted.has(pick(s.participants[s.participant[i]!]!)));
  };
  byPerson((p) => p.sector, set<string>(f.sectors));
  byPerson((p) => p.role, set(f.roles));
  byPerson((p) => p.level, set<string>(f.levels));
  byPerson((p) => p.group, set<string>(f.groups));
  byPerson((p) => p.id, set(f.participantIds));
  for (const a of f.attributes ?? []) byPerson((p) => p.attributes[a.name] ?? '\u0000', new Set(a.values));
  for (const meeting of surveyParticipants) byPerson((p) => p.id, meeting);
  return (i) => tests.every((t) => t(i));
}
