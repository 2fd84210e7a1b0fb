/** Codes depth-first in the codebook's order, each with its depth: how pickers list a tree as flat rows. */
export function codesInTreeOrder<C extends { id: string; parentId: string | null; position: number }>(
  codes: readonly C[],
): { code: C; depth: number }[] {
  const byParent = new Map<string | null, C[]>();
  for (const c of codes) {
    // A code whose parent is missing is shown at the top rather than lost.
    const parent = c.parentId && codes.some((x) => x.id === c.parentId) ? c.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), c]);
  }
  const out: { code: C; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of (byParent.get(parent) ?? []).sort((a, b) => a.position - b.position)) {
      out.push({ code: c, depth });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
