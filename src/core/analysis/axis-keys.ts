import type { Axis } from '../../shared/domain/evidence';
import type { LabStore } from '../store/lab-store';
import { selectAxisLabels } from '../store/queries/analysis-queries';
import { listOf, tagsIn, type AnalysisSnapshot } from './analysis-snapshot';

/** The keys an excerpt falls under on an axis ('' for none: no phase, unmapped speaker); distinct per excerpt. */
export type KeysOf = (i: number) => readonly string[];

const NONE = [''] as const;

export function axisKeys(store: LabStore, s: AnalysisSnapshot, axis: Axis): KeysOf {
  const one = (k: string | undefined) => (k ? [k] : NONE);
  const person = (i: number) => s.participants[s.participant[i]!];
  switch (axis.kind) {
    case 'dimension':
      return (i) => tagsIn(s, i, axis.dimensionId).map((v) => s.values[v]!.id);
    case 'phase':
      return (i) => one(s.sources[s.source[i]!]?.phase);
    case 'convening':
      return (i) => one(s.sources[s.source[i]!]?.convening);
    case 'sourceKind':
      return (i) => one(s.sources[s.source[i]!]?.kind);
    case 'timePoint':
      return (i) => one(s.sources[s.source[i]!]?.timePoint);
    case 'code':
      return (i) => [...new Set(Array.from(listOf(s.codes, i), (c) => s.codeIds[c]!))];
    case 'topCode': {
      const codes = selectAxisLabels(store).codes;
      const parent = new Map(codes.map((c) => [c.id, c.parent_id]));
      const root = (id: string): string => {
        for (let p = parent.get(id); p; p = parent.get(id)) id = p;
        return id;
      };
      const roots = s.codeIds.map(root);
      return (i) => [...new Set(Array.from(listOf(s.codes, i), (c) => roots[c]!))];
    }
    case 'sector':
      return (i) => one(person(i)?.sector);
    case 'role':
      return (i) => one(person(i)?.role);
    case 'level':
      return (i) => one(person(i)?.level);
    case 'group':
      return (i) => one(person(i)?.group);
    case 'participant':
      return (i) => one(person(i)?.id);
    case 'organisation':
      return (i) => one(person(i)?.organisation);
    case 'attribute':
      return (i) => one(person(i)?.attributes[axis.name]);
  }
}
