import type { ExcerptFilter } from '../../shared/domain/evidence';
import { GROUP_LABELS, LEVEL_LABELS, SECTOR_LABELS } from '../people/participant-labels';
import { KIND_LABELS } from '../sources/source-labels';
import { TIME_POINT_LABELS } from '../tracking/tracking-labels';
import { attributeValues, cleanFilter, setAttribute, setField, type ListField } from './excerpt-filter';

/** Names for the ids a filter holds, so it can be shown in words. */
export interface FilterVocabulary {
  codes: ReadonlyMap<string, { name: string; colour: string }>;
  values: ReadonlyMap<string, { label: string; dimensionLabel: string }>;
  phases: ReadonlyMap<string, string>;
  convenings: ReadonlyMap<string, string>;
  coders: ReadonlyMap<string, string>;
  participants: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, string>;
  surveyItems: ReadonlyMap<string, string>;
}

/** One chosen value of a filter, as a removable chip. */
export interface FilterChip {
  key: string;
  label: string;
  /** A colour swatch for codes. */
  colour?: string;
  remove: (f: ExcerptFilter) => ExcerptFilter;
}

function without<F extends ListField>(field: F, value: string) {
  return (f: ExcerptFilter) => setField(f, field, ((f[field] ?? []) as string[]).filter((v) => v !== value) as never);
}

/** The chips for a filter, in the order the filter bar's menus come; ids no longer in the lab say so. */
export function filterChips(f: ExcerptFilter, vocab: FilterVocabulary): FilterChip[] {
  const chips: FilterChip[] = [];
  const each = <F extends ListField>(field: F, name: (v: string) => string, colour?: (v: string) => string | undefined) => {
    for (const v of (f[field] ?? []) as string[]) {
      chips.push({ key: `${field}:${v}`, label: name(v), colour: colour?.(v), remove: without(field, v) });
    }
  };
  const children = f.includeChildren === false ? '' : ' (and children)';
  each('codeIds', (v) => `Code: ${vocab.codes.get(v)?.name ?? 'deleted code'}${children}`, (v) => vocab.codes.get(v)?.colour);
  each('evidence', (v) => {
    const value = vocab.values.get(v);
    return value ? `${value.dimensionLabel}: ${value.label}` : 'Evidence: deleted value';
  });
  each('phaseIds', (v) => `Phase: ${vocab.phases.get(v) ?? 'deleted phase'}`);
  each('conveningIds', (v) => `Convening: ${vocab.convenings.get(v) ?? 'deleted convening'}`);
  each('sourceKinds', (v) => `Source kind: ${KIND_LABELS[v as keyof typeof KIND_LABELS] ?? v}`);
  each('timePoints', (v) => `Time point: ${TIME_POINT_LABELS[v as keyof typeof TIME_POINT_LABELS] ?? v}`);
  each('sourceIds', (v) => `Source: ${vocab.sources.get(v) ?? 'deleted source'}`);
  each('sectors', (v) => `Sector: ${SECTOR_LABELS[v as keyof typeof SECTOR_LABELS] ?? v}`);
  each('roles', (v) => `Role: ${v}`);
  each('levels', (v) => `Level: ${LEVEL_LABELS[v as keyof typeof LEVEL_LABELS] ?? v}`);
  each('groups', (v) => `Group: ${GROUP_LABELS[v as keyof typeof GROUP_LABELS] ?? v}`);
  each('participantIds', (v) => `Speaker: ${vocab.participants.get(v) ?? 'deleted participant'}`);
  for (const a of f.attributes ?? []) {
    for (const v of a.values) {
      chips.push({
        key: `attr:${a.name}:${v}`,
        label: `${a.name}: ${v}`,
        remove: (g) => setAttribute(g, a.name, attributeValues(g, a.name).filter((x) => x !== v)),
      });
    }
  }
  (f.surveyAnswers ?? []).forEach((c, i) => {
    const range = [c.min !== undefined ? `≥ ${c.min}` : '', c.max !== undefined ? `≤ ${c.max}` : '', c.values?.length ? c.values.join(' or ') : '']
      .filter(Boolean)
      .join(', ');
    chips.push({
      key: `survey:${i}`,
      label: `Survey: ${vocab.surveyItems.get(c.itemId) ?? 'deleted question'}${c.timePoint ? ` (${c.timePoint})` : ''}${range ? ` ${range}` : ''}`,
      remove: (g) => cleanFilter({ ...g, surveyAnswers: (g.surveyAnswers ?? []).filter((_, k) => k !== i) }),
    });
  });
  each('coderIds', (v) => `Coder: ${vocab.coders.get(v) ?? 'unknown coder'}`);
  if (f.suggested) chips.push({ key: 'suggested', label: 'Accepted from suggestions', remove: (g) => cleanFilter({ ...g, suggested: undefined }) });
  // A cell's click-through names hundreds of excerpts: one chip says how many, and removes them all.
  const ids = f.excerptIds ?? [];
  if (ids.length > 0) {
    chips.push({
      key: 'excerptIds',
      label: ids.length === 1 ? '1 chosen excerpt' : `${ids.length.toLocaleString()} chosen excerpts`,
      remove: (g) => setField(g, 'excerptIds', []),
    });
  }
  return chips;
}
