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
