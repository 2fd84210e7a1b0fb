import { OpError } from '../errors';
import { countPhrase, DocumentBuilder, trimmedRange, type Marker } from './build-document';
import { COMMENT_END_PREFIX, COMMENT_START_PREFIX, readDocx, type MammothDocument, type MammothNode } from './docx-package';
import type { BlockKind, ParsedComment, ParsedDocument } from './parsed-document';
import { segmentTurns } from './speaker-turns';

type Paragraph = Extract<MammothNode, { type: 'paragraph' }>;
type Table = Extract<MammothNode, { type: 'table' }>;

/** Text being assembled for one block, with the comment marks that fall inside it. */
class Draft {
  private readonly parts: string[] = [];
  length = 0;
  readonly markers: Marker[] = [];

  append(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.length += text.length;
  }

  /** Appends `separator` unless the draft is empty or already ends in whitespace. */
  separate(separator: string): void {
    if (this.length > 0 && !/\s$/.test(this.parts[this.parts.length - 1] ?? '')) this.append(separator);
  }

  mark(key: string, side: Marker['side']): void {
    this.markers.push({ key, at: this.length, side });
  }

  /** Appends `other`'s text in [from, to) and its markers, clamped into that slice. */
  appendSlice(other: Draft, from: number, to: number): void {
    const base = this.length - from;
    for (const m of other.markers) this.markers.push({ ...m, at: base + Math.min(Math.max(m.at, from), to) });
    this.append(other.toString().slice(from, to));
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface Unit {
  kind: Exclude<BlockKind, 'turn' | 'page'>;
  level?: number;
  draft: Draft;
}

/** Walks mammoth's tree: paragraphs keep their kind, tables become one block, marks become markers. */
class BodyReader {
  images = 0;
  /** Referenced footnotes and endnotes, by key ("footnote-1"), in order of first reference. */
  readonly notes = new Map<string, string>();

  readBlocks(nodes: readonly MammothNode[], out: Unit[]): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') this.readParagraph(node, out);
      else if (node.type === 'table') out.push({ kind: 'table', draft: this.readTable(node) });
      else if (node.type === 'bookmarkStart') {
        const draft = new Draft();
        markBookmark(node.name, draft);
        out.push({ kind: 'paragraph', draft });
      } else if ('children' in node) this.readBlocks(node.children, out);
    }
  }

  private readParagraph(p: Paragraph, out: Unit[]): void {
    const draft = new Draft();
    const nested: MammothNode[] = [];
    this.readInline(p.children, draft, nested);
    const heading = headingLevel(p);
    if (heading !== undefined) out.push({ kind: 'heading', level: heading, draft });
    else if (p.numbering) out.push({ kind: 'list-item', level: Number(p.numbering.level) + 1 || 1, draft });
    else out.push({ kind: 'paragraph', draft });
    // Text boxes hold whole paragraphs inside a run: they follow the paragraph that anchors them.
    if (nested.length > 0) this.readBlocks(nested, out);
  }

  /**
   * Runs, hyperlinks and their text. `textBoxes` collects paragraphs and tables found inside runs (text
   * boxes); without it we are in a table cell, where everything flattens onto the row's line.
   */
  private readInline(nodes: readonly MammothNode[], draft: Draft, textBoxes?: MammothNode[]): void {
    const inCell = textBoxes === undefined;
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          draft.append(node.value);
          break;
        case 'tab':
          draft.append(inCell ? ' ' : '\t');
          break;
        case 'break':
          draft.separate(inCell ? ' ' : '\n');
          break;
        case 'image':
          this.images++;
          break;
        case 'noteReference':
          this.notes.set(`${node.noteType}-${node.noteId}`, node.noteType);
          break;
        case 'commentReference':
          draft.mark(`ref:${node.commentId}`, 'end');
          break;
        case 'bookmarkStart':
          markBookmark(node.name, draft);
          break;
        case 'paragraph':
        case 'table':
          if (textBoxes) textBoxes.push(node);
          else this.readCell([node], draft);
          break;
        default:
          if ('children' in node) this.readInline(node.children, draft, textBoxes);
      }
    }
  }

  /** One block: rows as lines, cells joined by " | ", a cell's paragraphs (and nested tables) by spaces. */
  private readTable(table: Table): Draft {
    const draft = new Draft();
    for (const row of table.children) {
      if (row.type !== 'tableRow') {
        if (row.type === 'bookmarkStart') markBookmark(row.name, draft);
        continue;
      }
      const line = new Draft();
      let cells = 0;
      // Comment marks between cells: a start waits for the next cell, past its " | "; an end stays put.
      let starts: MammothNode[] = [];
      for (const cell of row.children) {
        if (cell.type === 'tableCell') {
          if (cells++ > 0) line.append(' | ');
          this.readCell([...starts, ...cell.children], line);
          starts = [];
        } else if (cell.type === 'bookmarkStart' && cell.name.startsWith(COMMENT_START_PREFIX)) {
          starts.push(cell);
        } else {
          this.readCell([cell], line);
        }
      }
      this.readCell(starts, line);
      const { start, end } = trimmedRange(line.toString());
      if (draft.length > 0 && start < end) draft.append('\n');
      draft.appendSlice(line, start, end);
    }
    return draft;
  }

  private readCell(nodes: readonly MammothNode[], draft: Draft): void {
    for (const node of nodes) {
      if (node.type === 'paragraph') {
        draft.separate(' ');
        this.readInline(node.children, draft);
      } else if ('children' in node && node.type !== 'run' && node.type !== 'hyperlink') {
        this.readCell(node.children, draft);
      } else {
        this.readInline([node], draft);
      }
    }
  }
}

/** A .docx: one mammoth pass; speaker turns in plain paragraphs; notes at the end; comments as ranges. */
export async function parseDocx(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const doc = await readDocx(bytes, fileName);
  const reader = new BodyReader();
  const units: Unit[] = [];
  reader.readBlocks(doc.children, units);
  const builder = new DocumentBuilder();
  addUnits(builder, units);
  addNotes(builder, reader, doc);
  if (builder.blockCount === 0) throw new OpError('UNREADABLE_FILE', `“${fileName}” has no text.`);
  if (reader.images > 0) builder.warnings.push(`${countPhrase(reader.images, 'image was', 'images were')} skipped.`);
  const comments = doc.comments.length > 0 ? resolveComments(builder, doc) : [];
  return builder.build('docx', comments);
}

function addUnits(builder: DocumentBuilder, units: readonly Unit[]): void {
  const texts = units.map((u) => u.draft.toString());
  const segments = segmentTurns(units.map((u, i) => ({ text: texts[i]!, barrier: u.kind !== 'paragraph', paragraphStart: true })));
  for (const segment of segments) {
    if (segment.kind === 'barrier' || segment.kind === 'plain') {
      const indexes = segment.kind === 'barrier' ? [segment.index] : segment.parts.map((p) => p.index);
      for (const i of indexes) {
        const unit = units[i]!;
        builder.add(unit.kind, texts[i]!, { level: unit.level }, unit.draft.markers);
      }
      continue;
    }
    const turn = new Draft();
    for (const part of segment.parts) {
      const text = texts[part.index]!;
      const range = trimmedRange(text.slice(part.from));
      if (turn.length > 0 && range.start < range.end) turn.append('\n');
      turn.appendSlice(units[part.index]!.draft, part.from + range.start, part.from + range.end);
    }
    builder.add('turn', turn.toString(), { speaker: segment.speaker, startMs: segment.startMs }, turn.markers);
  }
}

/** Footnotes and endnotes go, in order of reference, under a "Notes" heading after the body. */
function addNotes(builder: DocumentBuilder, reader: BodyReader, doc: MammothDocument): void {
  // References inside notes are not followed: a snapshot of the body's references.
  const referenced = [...reader.notes].map(([key, type]) => ({ key, type }));
  const units: Unit[] = [];
  for (const note of referenced) reader.readBlocks(doc.notes.findNoteByKey(note.key)?.body ?? [], units);
  if (!units.some((u) => u.draft.toString().trim())) return;
  builder.add('heading', 'Notes', { level: 1 });
  for (const unit of units) builder.add(unit.kind, unit.draft.toString(), { level: unit.level }, unit.draft.markers);
  const footnotes = referenced.filter((n) => n.type === 'footnote').length;
  const endnotes = referenced.length - footnotes;
  const what = [footnotes ? countPhrase(footnotes, 'footnote', 'footnotes') : '', endnotes ? countPhrase(endnotes, 'endnote', 'endnotes') : '']
    .filter(Boolean)
    .join(' and ');
  builder.warnings.push(`${what} ${referenced.length === 1 ? 'was' : 'were'} moved to a “Notes” section at the end.`);
}

function resolveComments(builder: DocumentBuilder, doc: MammothDocument): ParsedComment[] {
  const text = builder.text();
  const comments: ParsedComment[] = [];
  let lost = 0;
  for (const c of doc.comments) {
    const end = builder.position(`end:${c.commentId}`) ?? builder.position(`ref:${c.commentId}`);
    let start = builder.position(`start:${c.commentId}`);
    if (start === undefined && end === undefined) {
      lost++;
      continue;
    }
    start ??= builder.blockAt(end!)?.start ?? end!;
    let stop = end ?? builder.blockAt(start)?.end ?? start;
    if (start > stop) [start, stop] = [stop, start];
    while (start < stop && /\s/.test(text[start]!)) start++;
    while (stop > start && /\s/.test(text[stop - 1]!)) stop--;
    if (start === stop) {
      // A comment on an image or on nothing at all: anchor it to its paragraph.
      const block = builder.blockAt(start);
      if (block) [start, stop] = [block.start, block.end];
    }
    const comment: ParsedComment = { start, end: stop, text: commentText(c.body) };
    if (c.authorName) comment.author = c.authorName;
    comments.push(comment);
  }
  if (lost > 0) builder.warnings.push(`${countPhrase(lost, 'comment on deleted text was', 'comments on deleted text were')} skipped.`);
  return comments.sort((a, b) => a.start - b.start || a.end - b.end);
}

function commentText(body: readonly MammothNode[]): string {
  const units: Unit[] = [];
  new BodyReader().readBlocks(body, units);
  return units
    .map((u) => u.draft.toString().trim())
    .filter(Boolean)
    .join('\n');
}

function markBookmark(name: string, draft: Draft): void {
  if (name.startsWith(COMMENT_START_PREFIX)) draft.mark(`start:${name.slice(COMMENT_START_PREFIX.length)}`, 'start');
  else if (name.startsWith(COMMENT_END_PREFIX)) draft.mark(`end:${name.slice(COMMENT_END_PREFIX.length)}`, 'end');
}

/** Word's built-in "heading 1"…"heading 9" (levels above 6 become 6) and "Title" as level 1. */
function headingLevel(p: Paragraph): number | undefined {
  // A style that styles.xml does not define (styleName null) renders as plain text in Word, so it is no heading.
  if (p.styleName === null) return undefined;
  if (/^title$/i.test(p.styleName)) return 1;
  const m = /^heading\s*([1-9])$/i.exec(p.styleName) ?? /^heading\s*([1-9])$/i.exec(p.styleId ?? '');
  return m ? Math.min(Number(m[1]), 6) : undefined;
}
