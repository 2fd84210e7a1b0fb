import { randomUUID } from 'node:crypto';
import { LIVE_BLOCKS, type LiveBlockType, type PmNode, type ReportBody } from '../../shared/domain/report';

/** Reading and tidying the editor's ProseMirror JSON, without the editor. */

export function isLiveBlock(node: PmNode): node is PmNode & { type: LiveBlockType } {
  return (LIVE_BLOCKS as readonly string[]).includes(node.type);
}

/** Every node, depth first, in document order. */
export function* walk(node: PmNode): Generator<PmNode> {
  yield node;
  for (const child of node.content ?? []) yield* walk(child);
}

export function liveBlocksOf(body: PmNode): PmNode[] {
  return [...walk(body)].filter(isLiveBlock);
}

/** The text of a node: its text nodes, and footnotes' text in brackets. Blocks are separated by newlines. */
export function textOf(node: PmNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'footnote') return '';
  if (node.type === 'hardBreak') return '\n';
  const inner = (node.content ?? []).map(textOf);
  const inline = (node.content ?? []).every((c) => c.type === 'text' || c.type === 'hardBreak' || c.type === 'footnote');
  return inline ? inner.join('') : inner.join('\n');
}

export function wordCount(body: PmNode): number {
  const words = textOf(body).match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/**
 * Gives every live block an id of its own: new blocks may arrive without one, and a block copied and pasted
 * arrives with its original's. Returns the same object when nothing needed changing.
 */
export function withBlockIds(body: ReportBody): ReportBody {
  const seen = new Set<string>();
  let changed = false;
  const fix = (node: PmNode): PmNode => {
    let out = node;
    if (isLiveBlock(node)) {
      const id = typeof node.attrs?.id === 'string' && node.attrs.id ? node.attrs.id : '';
      if (!id || seen.has(id)) {
        out = { ...node, attrs: { ...node.attrs, id: randomUUID() } };
        changed = true;
      }
      seen.add(String(out.attrs!.id));
    }
    if (node.content) {
      const content = node.content.map(fix);
      if (content.some((c, i) => c !== node.content![i])) out = { ...out, content };
    }
    return out;
  };
  const fixed = fix(body) as ReportBody;
  return changed ? fixed : body;
}

/**
 * Where a section's nodes are among the body's top-level nodes: from after the first heading whose text is
 * `title` (case and spacing ignored) to the next heading of the same or a higher level, as [from, to). Null when
 * the body has no such heading.
 */
function sectionRange(body: ReportBody, title: string): [number, number] | null {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const nodes = body.content;
  const at = nodes.findIndex((n) => n.type === 'heading' && norm(textOf(n)) === norm(title));
  if (at < 0) return null;
  const level = Number(nodes[at]!.attrs?.level ?? 1);
  const next = nodes.findIndex((n, i) => i > at && n.type === 'heading' && Number(n.attrs?.level ?? 1) <= level);
  return [at + 1, next < 0 ? nodes.length : next];
}

/** The nodes of a section (see sectionRange); none when there is no such section. */
export function sectionOf(body: ReportBody, title: string): PmNode[] {
  const range = sectionRange(body, title);
  return range ? body.content.slice(...range) : [];
}

/** The body with `nodes` at the end of a section, or at the end of the report when it has no such section. */
export function appendToSection(body: ReportBody, title: string, nodes: PmNode[]): ReportBody {
  const at = sectionRange(body, title)?.[1] ?? body.content.length;
  return { ...body, content: [...body.content.slice(0, at), ...nodes, ...body.content.slice(at)] };
}

export function paragraph(text: string, marks?: PmNode['marks']): PmNode {
  return { type: 'paragraph', content: text ? [{ type: 'text', text, ...(marks ? { marks } : {}) }] : [] };
}

export function heading(level: 1 | 2 | 3, text: string): PmNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}
