/** A multi-selection over a list, with the anchor a shift-click extends from. */
export interface ListSelection {
  readonly ids: ReadonlySet<string>;
  readonly anchor: number | null;
}

export const NO_SELECTION: ListSelection = { ids: new Set(), anchor: null };

/**
 * A click on row `index`'s checkbox. A plain click toggles that row; a shift-click gives every row from the
 * anchor to this one the state this row is toggled to, as mail clients do.
 */
export function clickRow(sel: ListSelection, order: readonly string[], index: number, shift: boolean): ListSelection {
  const id = order[index];
  if (id === undefined) return sel;
  const on = !sel.ids.has(id);
  const next = new Set(sel.ids);
  if (shift && sel.anchor !== null && sel.anchor < order.length) {
    const [from, to] = sel.anchor < index ? [sel.anchor, index] : [index, sel.anchor];
    for (let i = from; i <= to; i++) {
      if (on) next.add(order[i]!);
      else next.delete(order[i]!);
    }
  } else if (on) next.add(id);
  else next.delete(id);
  return { ids: next, anchor: index };
}

/** Selects every listed row, or clears them all when all are already selected. */
export function toggleAll(sel: ListSelection, order: readonly string[]): ListSelection {
  const all = order.length > 0 && order.every((id) => sel.ids.has(id));
  return { ids: all ? new Set() : new Set(order), anchor: null };
}

/** The selection restricted to rows still in the list: a refetch may drop some. */
export function selectedInOrder(sel: ListSelection, order: readonly string[]): string[] {
  return order.filter((id) => sel.ids.has(id));
}
