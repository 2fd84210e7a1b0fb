import type { CodeWithCounts } from '../../shared/domain/coding';

/** A code in the visible, flattened tree: what a row needs to draw itself. */
export interface CodeRow {
  code: CodeWithCounts;
  depth: number;
  hasChildren: boolean;
  expanded: boolean;
}

export type DropPosition = 'before' | 'after' | 'inside';

export function childrenOf(codes: CodeWithCounts[], parentId: string | null): CodeWithCounts[] {
  return codes
    .filter((c) => c.parentId === parentId)
    .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
}

/** The rows to draw: every top-level code, and the children of expanded codes, depth first. */
export function visibleRows(codes: CodeWithCounts[], expanded: ReadonlySet<string>): CodeRow[] {
  const byParent = new Map<string | null, CodeWithCounts[]>();
  for (const c of codes) byParent.set(c.parentId, [...(byParent.get(c.parentId) ?? []), c]);
  for (const list of byParent.values()) list.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  const rows: CodeRow[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const code of byParent.get(parentId) ?? []) {
      const hasChildren = (byParent.get(code.id)?.length ?? 0) > 0;
      const open = hasChildren && expanded.has(code.id);
      rows.push({ code, depth, hasChildren, expanded: open });
      if (open) walk(code.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
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

/** "Delivery › Elevating teachers": a code named with its ancestors, for pickers where names repeat. */
export function codePath(codes: CodeWithCounts[], id: string): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  return [...ancestorIds(codes, id).reverse(), id].map((a) => byId.get(a)?.name ?? '').join(' › ');
}

/** Codes as picker options, in tree order, labelled with their path; `exclude` leaves some (and their subtrees) out. */
export function codeOptions(codes: CodeWithCounts[], exclude: string[] = []): { value: string; label: string }[] {
  const skip = new Set(exclude.flatMap((id) => [id, ...descendantIds(codes, id)]));
  const all = new Set(codes.map((c) => c.id));
  return visibleRows(codes, all)
    .filter((r) => !skip.has(r.code.id))
    .map((r) => ({ value: r.code.id, label: codePath(codes, r.code.id) }));
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
