import type { ExcerptTag } from '../../shared/domain/evidence';

/** What `evidence.tagExcerpts` should do for one click on a value of an excerpt's tag bar. */
export interface TagChange {
  add: string[];
  remove: string[];
  clearDimension?: string;
}

export type TagState = 'own' | 'inherited' | 'off';

export function tagState(tags: readonly ExcerptTag[], valueId: string): TagState {
  const t = tags.find((x) => x.valueId === valueId);
  if (!t) return 'off';
  return t.inherited ? 'inherited' : 'own';
}

/**
 * An excerpt's own tags in a dimension replace its source's there. So clicking a value the excerpt does not
 * own makes it its own (the first one replaces what was inherited); clicking an own value drops it, and
 * dropping the last one hands the dimension back to the source's defaults.
 */
export function toggleTag(tags: readonly ExcerptTag[], dimensionId: string, valueId: string): TagChange {
  const own = tags.filter((t) => t.dimensionId === dimensionId && !t.inherited).map((t) => t.valueId);
  if (!own.includes(valueId)) return { add: [valueId], remove: [] };
  if (own.length === 1) return { add: [], remove: [], clearDimension: dimensionId };
  return { add: [], remove: [valueId] };
}
