import type { TranscriptSheetOptions } from '../../shared/domain/transcript-sheet';
import { OpError } from '../errors';
import { parseCaptions } from './captions';
import { parseDocx } from './docx';
import { extensionOf } from './file-name';
import { IMPORTABLE_EXTENSIONS } from './importable';
import { checkFileSize, checkTextLength } from './import-limits';
import type { ParsedDocument } from './parsed-document';
import { parsePdf } from './pdf';
import { parsePlainText } from './plain-text';
import { parseSheetTranscript } from './sheet-transcript';

const SUPPORTED = IMPORTABLE_EXTENSIONS.join(', ');

/** What a file's importer is told besides its bytes: for spreadsheets, which sheet and columns hold the transcript. */
export interface ParseOptions {
  transcriptSheet?: TranscriptSheetOptions | undefined;
}

/**
 * Picks the importer by extension (case-insensitive) and holds the file to the import limits. Every failure is an
 * OpError that names the file.
 */
export async function parseFile(fileName: string, bytes: Uint8Array, options: ParseOptions = {}): Promise<ParsedDocument> {
  const name = baseName(fileName);
  const extension = extensionOf(name);
  const parse = importerFor(extension, options);
  if (!parse) {
    const what = extension ? `.${extension} files are` : 'files without an extension are';
    throw new OpError('UNSUPPORTED_FORMAT', `Cannot import “${name}”: ${what} not supported (supported: ${SUPPORTED}).`);
  }
  if (bytes.length === 0) throw new OpError('UNREADABLE_FILE', `“${name}” is empty.`);
  checkFileSize(name, extension, bytes.length);
  const doc = await parse(bytes, name);
  checkTextLength(name, doc.text.length);
  return doc;
}

function importerFor(extension: string, options: ParseOptions): ((bytes: Uint8Array, name: string) => Promise<ParsedDocument>) | undefined {
  switch (extension) {
    case 'docx':
      return parseDocx;
    case 'pdf':
      return parsePdf;
    case 'txt':
    case 'md':
      return async (bytes, name) => parsePlainText(bytes, name, extension);
    case 'vtt':
    case 'srt':
      return async (bytes, name) => parseCaptions(bytes, name, extension);
    case 'xlsx':
    case 'csv':
      return (bytes, name) => parseSheetTranscript(bytes, name, extension, options.transcriptSheet);
    default:
      return undefined;
  }
}

/** Messages name the file, not the folders above it. */
function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
