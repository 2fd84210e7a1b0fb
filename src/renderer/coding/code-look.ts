/** What the document needs to draw a code: its name and colour. */
export interface CodeLook {
  readonly name: string;
  readonly colour: string;
}

export function codeLooks(codes: readonly (CodeLook & { readonly id: string })[]): Map<string, CodeLook> {
  return new Map(codes.map((c) => [c.id, { name: c.name, colour: c.colour }]));
}

/**
 * Only what drawing needs. Selected from the `codes.list` query, TanStack's structural sharing keeps this
 * list the same object while counts change, so coding a passage does not redraw every block on screen.
 */
export function lookFields(codes: readonly (CodeLook & { readonly id: string })[]): { id: string; name: string; colour: string }[] {
  return codes.map(({ id, name, colour }) => ({ id, name, colour }));
}

/** Names of an excerpt's codes, for labels and tooltips; a comment (no codes) is called one. */
export function codeNamesOf(codeIds: readonly string[], looks: ReadonlyMap<string, CodeLook>): string {
  if (codeIds.length === 0) return 'Comment';
  return codeIds.map((id) => looks.get(id)?.name ?? 'Deleted code').join(' · ');
}
