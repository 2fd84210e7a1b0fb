import { treeRows, type PathCode, type TreeCode, type TreeRow } from '../codebook/code-tree';

/** Lower case without accents, so “educacion” finds “Educación”. */
export function foldForSearch(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The rows of the code tree as shown: depth-first, skipping the children of collapsed codes. With a query,
 * only matching codes and their ancestors show, all expanded.
 */
export function visibleTreeRows<C extends TreeCode>(codes: readonly C[], collapsed: ReadonlySet<string>, query = ''): TreeRow<C>[] {
  const q = foldForSearch(query.trim());
  if (!q) return treeRows(codes, (id) => !collapsed.has(id));
  const keep = new Set<string>();
  const byId = new Map(codes.map((c) => [c.id, c]));
  for (const c of codes) {
    if (!foldForSearch(c.name).includes(q)) continue;
    for (let at: C | undefined = c; at && !keep.has(at.id); at = at.parentId ? byId.get(at.parentId) : undefined) keep.add(at.id);
  }
  return treeRows(codes, () => true, (id) => keep.has(id));
}

/**
 * Codes for the quick-code box, best first: the whole name, then names starting with the query, then a word
 * starting with it, then anywhere in the name, then anywhere in the path (from `codePaths`).
 */
export function rankCodes<C extends PathCode>(codes: readonly C[], query: string, paths: ReadonlyMap<string, string>, limit = 50): C[] {
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
