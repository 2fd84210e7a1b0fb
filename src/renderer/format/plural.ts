/** “1 source”, “1,204 sources”: a count with its noun, in the user's number format. */
export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}
