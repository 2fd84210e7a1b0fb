/** SHA-256 of a source's text as UTF-8, in hex: what core compares to refuse an edit made against an older text. */
export async function textSha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * The smallest replacement that turns `before` into `after`: their common start and end are left alone, so an
 * excerpt elsewhere in the turn is not touched (nor flagged) by a one-word fix. Never cuts an emoji in two.
 */
export function smallestChange(before: string, after: string): { from: number; to: number; text: string } | null {
  if (before === after) return null;
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  if (p > 0 && isHigh(before.charCodeAt(p - 1))) p--;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  if (s > 0 && isHigh(before.charCodeAt(before.length - 1 - s))) s--;
  return { from: p, to: before.length - s, text: after.slice(p, after.length - s) };
}
