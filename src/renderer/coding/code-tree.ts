/** The fields of a code the tree needs; `codes.list` rows have them all. */
export interface TreeCode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

export interface TreeRow<C extends TreeCode> {
  readonly code: C;
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

/** Lower case without accents, so “educacion” finds “Educación”. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Children of each parent (null for the top level), in the order `codes.list` gives (position, then name). */
export function childrenByParent<C extends TreeCode>(codes: readonly C[]): Map<string | null, C[]> {
  const ids = new Set(codes.map((c) => c.id));
  const map = new Map<string | null, C[]>();
  for (const c of codes) {
    // A parent missing from the list would hide its children; show them at the top instead.
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null;
    const list = map.get(parent);
    if (list) list.push(c);
    else map.set(parent, [c]);
  }
  return map;
}

/**
 * The rows of the code tree as shown: depth-first, skipping the children of collapsed codes. With a query,
 * only matching codes and their ancestors show, all expanded.
 */
export function visibleTreeRows<C extends TreeCode>(codes: readonly C[], collapsed: ReadonlySet<string>, query = ''): TreeRow<C>[] {
  const children = childrenByParent(codes);
  const q = foldForSearch(query.trim());
  let keep: Set<string> | null = null;
  if (q) {
    keep = new Set();
    const byId = new Map(codes.map((c) => [c.id, c]));
    for (const c of codes) {
      if (!foldForSearch(c.name).includes(q)) continue;
      for (let at: C | undefined = c; at && !keep.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) keep.add(at.id);
    }
  }
  const rows: TreeRow<C>[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const code of children.get(parent) ?? []) {
      if (keep && !keep.has(code.id)) continue;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && (keep !== null || !collapsed.has(code.id));
      rows.push({ code, depth, hasChildren, expanded });
      if (expanded) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** Each code's place in the tree, “Design › Local education needs”, to tell apart codes of the same name. */
export function codePaths<C extends TreeCode>(codes: readonly C[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (c: C, seen: Set<string>): string => {
    const known = paths.get(c.id);
    if (known !== undefined) return known;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const path = parent && !seen.has(parent.id) ? `${pathOf(parent, seen.add(c.id))} › ${c.name}` : c.name;
    paths.set(c.id, path);
    return path;
  };
  for (const c of codes) pathOf(c, new Set());
  return paths;
}

/**
 * Codes for the quick-code box, best first: the whole name, then names starting with the query, then a word
 * starting with it, then anywhere in the name, then anywhere in the path.
 */
export function rankCodes<C extends TreeCode>(codes: readonly C[], query: string, paths: ReadonlyMap<string, string>, limit = 50): C[] {
  const q = foldForSearch(query.trim());
  if (!q) return codes.slice(0, limit);
  const scored: { code: C; score: number }[] = [];
  for (const code of codes) {
    const name = foldForSearch(code.name);
    let score: number;
    if (name === q) score = 0;
    else if (name.startsWith(q)) score = 1;
    else if (name.split(/[\s\-–—/,.()]+/).some((w) => w.startsWith(q))) score = 2;
    else if (name.includes(q)) score = 3;
    else if (foldForSearch(paths.get(code.id) ?? '').includes(q)) score = 4;
    else continue;
    scored.push({ code, score });
  }
  scored.sort((a, b) => a.score - b.score || a.code.name.localeCompare(b.code.name));
  return scored.slice(0, limit).map((s) => s.code);
}
