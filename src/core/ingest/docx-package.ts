import mammoth from 'mammoth';
import { OpError } from '../errors';
import { formatBytes, IMPORT_LIMITS } from './import-limits';
import { useFastMammothXml } from './mammoth-xml-reader';
import { isOleFile, oleRefusal } from './ole-file';
import { inflateEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

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
    options: {
      transformDocument: (document: MammothDocument) => MammothDocument;
      includeDefaultStyleMap: boolean;
      includeEmbeddedStyleMap: boolean;
    },
  ): Promise<{ value: string }>;
}

/** Bookmark names that stand in for Word's comment range marks; see `rewriteCommentRanges`. */
export const COMMENT_START_PREFIX = '_labwb_comment_start_';
export const COMMENT_END_PREFIX = '_labwb_comment_end_';

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<MammothDocument> {
  if (isOleFile(bytes)) throw oleRefusal(bytes, fileName);
  useFastMammothXml();
  let entries: Map<string, ZipEntry>;
  try {
    entries = readZipDirectory(bytes, IMPORT_LIMITS.zipEntries);
  } catch (e) {
    throw zipRefusal(fileName, e);
  }
  const declared = [...entries.values()].reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > IMPORT_LIMITS.docxUnpackedBytes) throw unpackedTooLarge(fileName);
  let captured: MammothDocument | undefined;
  try {
    await (mammoth as unknown as MammothWithZipInput).convertToHtml(
      { file: zipAdapter(bytes, entries, fileName) },
      {
        transformDocument(document) {
          captured = document;
          // We only want the tree: hand mammoth's HTML writer an empty body so it does no work.
          return { ...document, children: [] };
        },
        // Style maps steer only the HTML we throw away, yet mammoth parses its default one on every call: about
        // 1.9 ms a file on the bench's transcripts, a quarter of mammoth's own work.
        includeDefaultStyleMap: false,
        includeEmbeddedStyleMap: false,
      },
    );
  } catch (e) {
    if (e instanceof OpError) throw e;
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

function unpackedTooLarge(fileName: string): OpError {
  return new OpError(
    'UNREADABLE_FILE',
    `“${fileName}” is larger than the ${formatBytes(IMPORT_LIMITS.docxUnpackedBytes)} limit for a Word document once unpacked; it may be a zip bomb. Open it in Word, save it again, and import that.`,
  );
}

function zipRefusal(fileName: string, e: unknown): OpError {
  if (!(e instanceof ZipFormatError)) return unreadable(fileName, 'it is damaged or is not a Word document', e);
  switch (e.reason) {
    case 'too-many-entries':
      return new OpError(
        'UNREADABLE_FILE',
        `“${fileName}” has ${e.message} in its package, more than the limit of ${IMPORT_LIMITS.zipEntries.toLocaleString('en')} for a Word document; it is not a document Word wrote.`,
      );
    case 'entry-too-large':
      return new OpError(
        'UNREADABLE_FILE',
        `“${fileName}” could not be read: its part ${e.message} is larger than the ${formatBytes(IMPORT_LIMITS.docxXmlPartBytes)} limit for one part of a Word document once unpacked; it may be a zip bomb.`,
      );
    case 'encrypted-entry':
      return new OpError('UNREADABLE_FILE', `“${fileName}” is a password-protected zip; remove the password and import it again.`);
    case 'not-zip':
      return unreadable(fileName, 'it is not a .docx (zip) file, or it is damaged or incomplete', e);
    default:
      return unreadable(fileName, `it is damaged or incomplete (${e.message})`, e);
  }
}

/**
 * mammoth's zip interface over our directory. Each part is inflated when mammoth asks for it, under what is left
 * of the unpacked budget, so the parts read together stay under the limit whatever their headers declare.
 */
function zipAdapter(bytes: Uint8Array, entries: Map<string, ZipEntry>, fileName: string): MammothZipFile {
  let budget = IMPORT_LIMITS.docxUnpackedBytes;
  const inflate = (name: string): Buffer => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`missing part ${name}`);
    const cap = Math.min(budget, IMPORT_LIMITS.docxXmlPartBytes);
    let data: Buffer;
    try {
      data = inflateEntry(bytes, entry, cap);
    } catch (e) {
      if (e instanceof ZipFormatError && e.reason === 'entry-too-large' && cap === budget) throw unpackedTooLarge(fileName);
      throw zipRefusal(fileName, e);
    }
    budget -= data.length;
    return data;
  };
  return {
    exists: (name) => entries.has(name),
    async read(name, encoding) {
      const data = inflate(name);
      if (!encoding) return data;
      if (encoding === 'base64') return data.toString('base64');
      const text = new TextDecoder(encoding).decode(data);
      if (!isStoryPart(text)) return text;
      return slimStoryXml(text.includes('commentRange') ? rewriteCommentRanges(text) : text);
    },
    // mammoth writes and re-zips only to embed a style map, which we never ask for.
    write: () => {
      throw new Error('the .docx reader is read-only');
    },
    toArrayBuffer: () => Promise.reject(new Error('the .docx reader is read-only')),
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
