/** Every attribute name in use, in the order a documenter would expect: alphabetical, case-insensitive. */
export function attributeKeysOf(records: readonly { attributes: Record<string, string> }[]): string[] {
  const keys = new Set<string>();
  for (const r of records) for (const k of Object.keys(r.attributes)) keys.add(k);
  return [...keys].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
