import type { Block, BlockKind, ParsedComment, ParsedDocument, SourceFormat } from './parsed-document';

/** Separator between blocks in `ParsedDocument.text`. */
export const BLOCK_SEPARATOR = '\n\n';

export type BlockProps = Omit<Block, 'kind' | 'start' | 'end'>;

/**
 * A position inside a block's text before trimming (e.g. where a Word comment starts). `side` says where the
 * marker goes when its block turns out blank and is dropped: 'start' moves it to the next block, 'end' to the
 * previous one, so a range never swallows the separator.
 */
export interface Marker {
  key: string;
  at: number;
  side: 'start' | 'end';
}

/**
 * Appends blocks to one text with "\n\n" between them and records their UTF-16 offsets, so every importer
 * produces the same shape. Block text is trimmed; blank blocks are dropped.
 */
export class DocumentBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private readonly blocks: Block[] = [];
  private readonly speakers = new Set<string>();
  private readonly positions = new Map<string, number>();
  private pendingStarts: string[] = [];
  readonly warnings: string[] = [];

  get blockCount(): number {
    return this.blocks.length;
  }

  /** Appends `text` (trimmed) as a block and places its markers; returns undefined when the text is blank. */
  add(kind: BlockKind, text: string, props: BlockProps = {}, markers: readonly Marker[] = []): Block | undefined {
    const { start: from, end: to } = trimmedRange(text);
    if (from === to) {
      for (const m of markers) {
        if (m.side === 'start') this.pendingStarts.push(m.key);
        else this.positions.set(m.key, this.length);
      }
      return undefined;
    }
    if (this.parts.length > 0) {
      this.parts.push(BLOCK_SEPARATOR);
      this.length += BLOCK_SEPARATOR.length;
    }
    const start = this.length;
    this.parts.push(from === 0 && to === text.length ? text : text.slice(from, to));
    this.length += to - from;
    const block: Block = { kind, start, end: this.length };
    if (props.level !== undefined) block.level = props.level;
    if (props.speaker !== undefined) block.speaker = props.speaker;
    if (props.startMs !== undefined) block.startMs = props.startMs;
    if (props.endMs !== undefined) block.endMs = props.endMs;
    if (props.page !== undefined) block.page = props.page;
    this.blocks.push(block);
    if (block.speaker !== undefined) this.speakers.add(block.speaker);
    for (const key of this.pendingStarts) this.positions.set(key, start);
    this.pendingStarts = [];
    for (const m of markers) this.positions.set(m.key, start + Math.min(Math.max(m.at - from, 0), to - from));
    return block;
  }

  /** Where a marker ended up in the final text, if it was placed. */
  position(key: string): number | undefined {
    const placed = this.positions.get(key);
    if (placed !== undefined) return placed;
    return this.pendingStarts.includes(key) ? this.length : undefined;
  }

  /** The block that contains `offset` (its end included), if any. */
  blockAt(offset: number): Block | undefined {
    let lo = 0;
    let hi = this.blocks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = this.blocks[mid]!;
      if (offset < b.start) hi = mid - 1;
      else if (offset > b.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  }

  /** The text so far. */
  text(): string {
    return this.parts.join('');
  }

  build(format: SourceFormat, comments: ParsedComment[] = []): ParsedDocument {
    return {
      format,
      text: this.text(),
      blocks: this.blocks,
      comments,
      speakers: [...this.speakers],
      warnings: this.warnings,
    };
  }
}

/** [start, end) of `text` without leading and trailing whitespace. */
export function trimmedRange(text: string): { start: number; end: number } {
  const end = text.trimEnd().length;
  const start = end === 0 ? 0 : text.length - text.trimStart().length;
  return { start, end };
}

/** "1 image was skipped" / "3 images were skipped". */
export function countPhrase(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
