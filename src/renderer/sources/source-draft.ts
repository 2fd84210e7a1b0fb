import { SourcePatch, type SourceKind, type SourceSummary } from '../../shared/domain/source';
import { changedFields } from '../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../components/field-errors';
import type { AttributeRow } from '../people/participant-draft';

/** A source's metadata as the form holds it: an empty date as '', attributes as rows. */
export interface SourceDraft {
  title: string;
  kind: SourceKind;
  date: string;
  phaseId: string | null;
  conveningId: string | null;
  language: string;
  attributes: AttributeRow[];
}

export function draftFromSource(s: SourceSummary): SourceDraft {
  return {
    title: s.title,
    kind: s.kind,
    date: s.date ?? '',
    phaseId: s.phaseId,
    conveningId: s.conveningId,
    language: s.language,
    attributes: Object.entries(s.attributes).map(([key, value]) => ({ key, value })),
  };
}

function valuesOf(d: SourceDraft): SourcePatch {
  const attributes: Record<string, string> = {};
  for (const r of d.attributes) if (r.key.trim()) attributes[r.key.trim()] = r.value;
  return {
    title: d.title,
    kind: d.kind,
    date: d.date || null,
    phaseId: d.phaseId,
    conveningId: d.conveningId,
    language: d.language,
    attributes,
  };
}

function duplicateAttribute(rows: AttributeRow[]): string | null {
  const seen = new Set<string>();
  for (const r of rows) {
    const key = r.key.trim().toLowerCase();
    if (!key && r.value.trim()) return 'Every attribute needs a name';
    if (key && seen.has(key)) return `The attribute “${r.key.trim()}” appears twice`;
    seen.add(key);
  }
  return null;
}

/** The fields that changed, checked against the contract; null patch means there were errors. */
export function sourcePatch(
  before: SourceSummary,
  draft: SourceDraft,
): { patch: SourcePatch | null; errors: FieldErrors } {
  const attributeError = duplicateAttribute(draft.attributes);
  const parsed = SourcePatch.safeParse(valuesOf(draft));
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  if (attributeError) errors.attributes = attributeError;
  if (!parsed.success || attributeError) return { patch: null, errors };
  return { patch: changedFields(valuesOf(draftFromSource(before)), parsed.data), errors: {} };
}
