/**
 * Only the fields that differ, so an edit sends (and the change log records) what the user changed and
 * nothing else. Values compare by their JSON, which suits the plain data of the contract.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}

export function isEmptyPatch(patch: object): boolean {
  return Object.keys(patch).length === 0;
}

/**
 * What to send for an edit: null when nothing changed, otherwise every field. The contract's patch schemas
 * are `.partial()` of schemas with `.default()`s, and zod 4 fills an omitted field with its default, so a
 * patch of the changed fields alone would reset the others (a new city would blank the country). Sending
 * every field keeps them; once the contract's patches drop their defaults this can send `changedFields`.
 */
export function completePatch<T extends object>(before: T, after: T): T | null {
  return isEmptyPatch(changedFields(before, after)) ? null : after;
}
