import JSZip from 'jszip';
import mammoth from 'mammoth';
import { OpError } from '../errors';

/**
 * Reads a .docx into mammoth's document tree (paragraphs, runs, tables, notes, comments) in one mammoth pass.
 * The tree's shape is mammoth's `transformDocument` API, which mammoth calls unstable: the types below cover
 * what we read, and the corpus tests pin it.
 */

export type MammothNode =
  | { type: 'paragraph'; children: MammothNode[]; styleId: string | null; styleName: string | null; numbering: { level: string } | null }
  | { type: 'table'; children: MammothNode[] }
  | { type: 'tableRow'; children: MammothNode[] }
  | { type: 'tableCell'; children: MammothNode[] }
  | { type: 'run' | 'hyperlink'; children: MammothNode[] }
  | { type: 'text'; value: string }
  | { type: 'tab' | 'image' | 'checkbox' }
  | { type: 'break'; breakType: string }
  | { type: 'noteReference'; noteType: string; noteId: string }
  | { type: 'commentReference'; commentId: string }
  | { type: 'bookmarkStart'; name: string };

export interface MammothComment {
  commentId: string;
  body: MammothNode[];
  authorName: string | null;
}

export interface MammothDocument {
  type: 'document';
  children: MammothNode[];
  notes: { findNoteByKey(key: string): { body: MammothNode[] } | null };
  comments: MammothComment[];
}

/** The zip-file interface mammoth's reader uses; mammoth accepts it as `{ file }` in place of a buffer. */
interface MammothZipFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  write(name: string, contents: string): void;
  toArrayBuffer(): Promise<ArrayBuffer>;
}

interface MammothWithZipInput {
  convertToHtml(
    input: { file: MammothZipFile },
    options: { transformDocument: (document: MammothDocument) => MammothDocument },
  ): Promise<{ value: string }>;
}

/** Bookmark names that stand in for Word's comment range marks; see `rewriteCommentRanges`. */
export const COMMENT_START_PREFIX = '_labwb_comment_start_';
export const COMMENT_END_PREFIX = '_labwb_comment_end_';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<MammothDocument> {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” is an old Word 97–2003 document or a password-protected one; save it as an unprotected .docx in Word and import that.`,
    );
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw unreadable(fileName, 'it is not a .docx (zip) file, or it is damaged or incomplete', e);
  }
  let captured: MammothDocument | undefined;
  try {
    await (mammoth as unknown as MammothWithZipInput).convertToHtml(
      { file: zipAdapter(zip) },
      {
        transformDocument(document) {
          captured = document;
          // We only want the tree: hand mammoth's HTML writer an empty body so it does no work.
          return { ...document, children: [] };
        },
      },
    );
  } catch (e) {
    throw unreadable(fileName, 'it is damaged or is not a Word document', e);
  }
  if (!captured) throw unreadable(fileName, 'it has no document body', undefined);
  return captured;
}

function unreadable(fileName: string, why: string, cause: unknown): OpError {
  const error = new OpError('UNREADABLE_FILE', `“${fileName}” could not be read: ${why}.`);
  error.cause = cause;
  return error;
}

function zipAdapter(zip: JSZip): MammothZipFile {
  return {
    exists: (name) => zip.file(name) !== null,
    async read(name, encoding) {
      const entry = zip.file(name);
      if (!entry) throw new Error(`missing part ${name}`);
      const data = await entry.async('uint8array');
      if (!encoding) return data;
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      const text = new TextDecoder(encoding).decode(data);
      if (!isStoryPart(text)) return text;
      return slimStoryXml(text.includes('commentRange') ? rewriteCommentRanges(text) : text);
    },
    write: (name, contents) => void zip.file(name, contents),
    toArrayBuffer: () => zip.generateAsync({ type: 'arraybuffer' }),
  };
}

/**
 * mammoth drops <w:commentRangeStart/End>, so a comment would keep only its reference mark. Turning the marks
 * into bookmarks, which mammoth keeps in the tree, gives us the commented range without a second XML parse.
 */
export function rewriteCommentRanges(xml: string): string {
  return xml
    .replace(/<(\w+):commentRange(Start|End)\b([^>]*?)\/?>/g, (_whole, prefix: string, which: string, attributes: string) => {
      const id = /:id\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1];
      if (id === undefined) return '';
      const name = (which === 'Start' ? COMMENT_START_PREFIX : COMMENT_END_PREFIX) + id;
      return `<${prefix}:bookmarkStart ${prefix}:name="${name}"/>`;
    })
    .replace(/<\/\w+:commentRange(?:Start|End)>/g, '');
}

/** The body, notes and comments parts: the ones whose runs mammoth walks. */
function isStoryPart(xml: string): boolean {
  return /<\w+:(?:document|footnotes|endnotes|comments)\b/.test(xml.slice(0, 2000));
}

/**
 * Removes what we never read (run formatting, revision ids, proofing marks) before mammoth parses the XML:
 * on Word's output this more than halves the parse. Run properties that carry tracked changes are kept,
 * since mammoth reads deleted paragraph marks there; a properties element holding a nested one
 * (<w:rPrChange>) is kept whole so the lazy match cannot cut it.
 */
export function slimStoryXml(xml: string): string {
  return xml
    .replace(/<(\w+):rPr>[\s\S]*?<\/\1:rPr>/g, (props) => (/:(?:del|ins|moveFrom|moveTo|rPrChange)\b/.test(props) ? props : ''))
    .replace(/\s\w+:rsid\w*="[^"]*"/g, '')
    .replace(/<\w+:(?:proofErr|lastRenderedPageBreak|bookmarkEnd|spacing|jc|ind)\b[^>]*\/>/g, '');
}
