// The code tree as the codebook, the coding view's panel and every code picker show it: one order for all.
import type { CodeWithCounts } from '../../shared/domain/coding';

/** What a code's path needs of it. */
export interface PathCode {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
}

/** What the tree needs of a code; `codes.list` rows have it all, so every tree in the app shares one order. */
export interface TreeCode extends PathCode {
  readonly position: number;
}

/** A code in the visible, flattened tree: what a row needs to draw itself. */
export interface TreeRow<C extends TreeCode = CodeWithCounts> {
  readonly code: C;
  readonly depth: number;
  readonly hasChildren: boolean;
  readonly expanded: boolean;
}

export type CodeRow = TreeRow<CodeWithCounts>;

export type DropPosition = 'before' | 'after' | 'inside';

/**
 * Children of each parent (null for the top level), by position. The sort is stable, so codes that share a
 * position keep the order `codes.list` gives them (by name).
 */
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
  for (const list of map.values()) list.sort((a, b) => a.position - b.position);
  return map;
}

export function childrenOf<C extends TreeCode>(codes: readonly C[], parentId: string | null): C[] {
  return childrenByParent(codes).get(parentId) ?? [];
}

/**
 * The tree as rows, depth first: every code `keep` allows (all without it), descending only into the codes
 * `open` says are open.
 */
export function treeRows<C extends TreeCode>(
  codes: readonly C[],
  open: (id: string) => boolean,
  keep?: (id: string) => boolean,
): TreeRow<C>[] {
  const children = childrenByParent(codes);
  const rows: TreeRow<C>[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const code of children.get(parentId) ?? []) {
      if (keep && !keep(code.id)) continue;
      const hasChildren = (children.get(code.id)?.length ?? 0) > 0;
      const expanded = hasChildren && open(code.id);
      rows.push({ code, depth, hasChildren, expanded });
      if (expanded) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

/** The rows to draw: every top-level code, and the children of expanded codes, depth first. */
export function visibleRows(codes: CodeWithCounts[], expanded: ReadonlySet<string>): CodeRow[] {
  return treeRows(codes, (id) => expanded.has(id));
}

/** Every code depth-first in the codebook's order, each with its depth: how pickers list a tree as flat rows. */
export function codesInTreeOrder<C extends TreeCode>(codes: readonly C[]): TreeRow<C>[] {
  return treeRows(codes, () => true);
}

export function descendantIds(codes: CodeWithCounts[], id: string): string[] {
  const out: string[] = [];
  const walk = (parentId: string) => {
    for (const c of codes) {
      if (c.parentId === parentId) {
        out.push(c.id);
        walk(c.id);
      }
    }
  };
  walk(id);
  return out;
}

export function ancestorIds(codes: CodeWithCounts[], id: string): string[] {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const out: string[] = [];
  for (let p = byId.get(id)?.parentId ?? null; p; p = byId.get(p)?.parentId ?? null) out.push(p);
  return out;
}

/** Each code's place in the tree, “Design › Local education needs”, to tell apart codes of the same name. */
export function codePaths<C extends PathCode>(codes: readonly C[]): Map<string, string> {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const paths = new Map<string, string>();
  const pathOf = (c: C, seen: Set<string>): string => {
    const known = paths.get(c.id);
    if (known !== undefined) return known;
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    // `seen` stops a cycle (which the store refuses anyway) from recursing for ever.
    const path = parent && !seen.has(parent.id) ? `${pathOf(parent, seen.add(c.id))} › ${c.name}` : c.name;
    paths.set(c.id, path);
    return path;
  };
  for (const c of codes) pathOf(c, new Set());
  return paths;
}

/** Codes as picker options, in tree order, labelled with their path; `exclude` leaves some (and their subtrees) out. */
export function codeOptions(codes: CodeWithCounts[], exclude: string[] = []): { value: string; label: string }[] {
  const skip = new Set(exclude.flatMap((id) => [id, ...descendantIds(codes, id)]));
  const paths = codePaths(codes);
  return codesInTreeOrder(codes)
    .filter((r) => !skip.has(r.code.id))
    .map((r) => ({ value: r.code.id, label: paths.get(r.code.id) ?? r.code.name }));
}

/** Where `codes.move` should put a dragged code, or null when the drop makes no sense (onto itself or inside itself). */
export function moveTarget(
  codes: CodeWithCounts[],
  draggedId: string,
  target: CodeWithCounts | null,
  position: DropPosition,
): { parentId: string | null; position?: number } | null {
  if (!target) return { parentId: null };
  if (target.id === draggedId || descendantIds(codes, draggedId).includes(target.id)) return null;
  if (position === 'inside') return { parentId: target.id };
  const siblings = childrenOf(codes, target.parentId).filter((c) => c.id !== draggedId);
  const at = siblings.findIndex((c) => c.id === target.id);
  return { parentId: target.parentId, position: position === 'before' ? at : at + 1 };
}

/** Which third of a row the pointer is over; an open parent takes no "after" (it would land among its children). */
export function dropPositionAt(offsetY: number, height: number, openParent: boolean): DropPosition {
  if (offsetY < height * 0.3) return 'before';
  if (!openParent && offsetY > height * 0.7) return 'after';
  return 'inside';
}
