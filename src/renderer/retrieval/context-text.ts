/**
 * The context around an excerpt or a hit is cut at a fixed number of characters (`cutAt`); these cut it back
 * to whole words, on one line, with an ellipsis where text was left out. A context well short of `cutAt`
 * reached the start or end of the source, so nothing was cut.
 */
export function leadIn(before: string, cutAt: number): string {
  const line = before.replace(/\s+/g, ' ').trimStart();
  if (!line) return '';
  if (line.length < cutAt * 0.75) return line;
  const cut = line.search(/\s/);
  const whole = cut > 0 && cut < line.length - 1 ? line.slice(cut + 1) : line;
  return `…${whole}`;
}

export function leadOut(after: string, cutAt: number): string {
  const line = after.replace(/\s+/g, ' ').trimEnd();
  if (!line) return '';
  if (line.length < cutAt * 0.75) return line;
  const cut = line.lastIndexOf(' ');
  const whole = cut > 0 ? line.slice(0, cut) : line;
  return `${whole}…`;
}
