import type { ExcerptFilter } from '../../shared/domain/evidence';

/** The filter's list fields: each narrows the list to excerpts matching any of its values. */
export type ListField = Exclude<keyof ExcerptFilter, 'includeChildren' | 'attributes' | 'suggested'>;
type ValuesOf<F extends ListField> = NonNullable<ExcerptFilter[F]>;

/**
 * The same filter without empty lists. Query keys are built from filters, so two filters that mean the same
 * must look the same; and a saved query should not carry noise.
 */
export function cleanFilter(f: ExcerptFilter): ExcerptFilter {
  const out: ExcerptFilter = {};
  for (const [k, v] of Object.entries(f) as [keyof ExcerptFilter, unknown][]) {
    if (k === 'includeChildren' || k === 'attributes' || k === 'suggested') continue;
    if (Array.isArray(v) && v.length > 0) (out as Record<string, unknown>)[k] = v;
  }
  const attributes = (f.attributes ?? []).filter((a) => a.values.length > 0);
  if (attributes.length > 0) out.attributes = attributes;
  if (f.suggested) out.suggested = true;
  // Children are included unless said otherwise; only a "no" is worth keeping, and only with codes chosen.
  if (out.codeIds && f.includeChildren === false) out.includeChildren = false;
  return out;
}

export function isEmptyFilter(f: ExcerptFilter): boolean {
  return Object.keys(cleanFilter(f)).length === 0;
}

export function setField<F extends ListField>(f: ExcerptFilter, field: F, values: ValuesOf<F>): ExcerptFilter {
  return cleanFilter({ ...f, [field]: values });
}

/** Adds or drops one value of a list field. */
export function toggleValue<F extends ListField>(f: ExcerptFilter, field: F, value: ValuesOf<F>[number]): ExcerptFilter {
  const have = (f[field] ?? []) as ValuesOf<F>[number][];
  const next = have.includes(value) ? have.filter((v) => v !== value) : [...have, value];
  return setField(f, field, next as ValuesOf<F>);
}

export function attributeValues(f: ExcerptFilter, name: string): string[] {
  return f.attributes?.find((a) => a.name === name)?.values ?? [];
}

export function setAttribute(f: ExcerptFilter, name: string, values: string[]): ExcerptFilter {
  const others = (f.attributes ?? []).filter((a) => a.name !== name);
  return cleanFilter({ ...f, attributes: values.length ? [...others, { name, values }] : others });
}

/** How many values a filter has chosen, over all its fields: the number on a "Filters" button. */
export function countChosen(f: ExcerptFilter): number {
  const c = cleanFilter(f);
  let n = 0;
  for (const [k, v] of Object.entries(c)) {
    if (k === 'attributes') n += (v as { values: string[] }[]).reduce((s, a) => s + a.values.length, 0);
    else if (Array.isArray(v)) n += v.length;
  }
  return n;
}
