import { OpError } from '../errors';

const MB = 1024 * 1024;

/**
 * What one imported file may cost, so a hostile or broken file is refused in seconds instead of taking a
 * documenter's 4–8 GB laptop down. Every refusal names its limit; the README lists them.
 *
 * Why these values:
 * - An hour of interview is about 60,000 characters (a 30–60 KB text file, a 40–100 KB .docx). Five million
 *   characters is over 80 hours in one source: beyond any transcript, and still a source the coding view can page.
 * - Text and caption files at 20 MB hold the 5-million-character limit in any encoding (UTF-16 doubles the bytes).
 * - A .docx is mostly its pictures; 100 MB is a long report full of photos. Pictures are stored compressed, so a real
 *   .docx unpacks to little more than its size: 200 MB unpacked is twice the largest allowed file.
 * - mammoth holds a part's whole XML tree: measured, reading a .docx costs about 45 MB of memory per MB of its
 *   document.xml (30 MB of XML peaked at 1.4 GB and took 30 s). One part is held to 16 MB, which keeps the worst
 *   .docx under 1 GB; Word writes 16 MB of XML for a document of 1,000 pages or more.
 * - A .docx has 10–50 parts, a few hundred with many pictures; 5,000 is far above any Word document.
 * - A 2,000-page PDF is a long book; a page count above it is a damaged or hostile file, or not an interview.
 * - A spreadsheet transcript has a row per turn or sentence: an hour is 500–1,500 rows (the TalkMoves lesson in
 *   the corpus is 210), so 100,000 rows is over 60 hours. 20 MB of .csv holds the 5-million-character limit; an
 *   .xlsx is compressed text, so 20 MB is several times that. exceljs unpacks the whole workbook into memory, so its
 *   declared unpacked size is held to 200 MB. One cell over 100,000 characters (about two hours of one voice) is a
 *   document pasted into a cell, not a turn.
 * - A recording is copied into the lab a megabyte at a time and never held whole in memory. Two hours of 1080p
 *   video from a phone is 1.5–2 GB, a day of 128 kbit/s audio about 1.4 GB; 2 GB per recording keeps a lab with a
 *   few of them a file that can still be copied to a USB stick (FAT32 stops at 4 GB) and sent.
 */
export const IMPORT_LIMITS = {
  /** Largest file, in bytes, by extension. */
  fileBytes: { docx: 100 * MB, pdf: 100 * MB, txt: 20 * MB, md: 20 * MB, vtt: 20 * MB, srt: 20 * MB, xlsx: 20 * MB, csv: 20 * MB } as Record<string, number>,
  /** All of an .xlsx's parts together, as its zip directory declares them (exceljs unpacks the whole workbook). */
  xlsxUnpackedBytes: 200 * MB,
  /** Rows of a spreadsheet transcript (one turn or sentence each). */
  sheetRows: 100_000,
  /** Characters in one cell of a spreadsheet transcript. */
  sheetCellCharacters: 100_000,
  /** All of a .docx's parts together once inflated. */
  docxUnpackedBytes: 200 * MB,
  /** One XML part of a .docx once inflated (mammoth holds its whole tree in memory). */
  docxXmlPartBytes: 16 * MB,
  /** Entries in a .docx's zip directory. */
  zipEntries: 5000,
  /** Characters of text in one source, after parsing. */
  textCharacters: 5_000_000,
  /** Pages of a PDF. */
  pdfPages: 2000,
  /** One attached recording (audio or video), in bytes. */
  recordingBytes: 2048 * MB,
} as const;

const KIND_NAMES: Record<string, string> = {
  docx: 'a Word document',
  pdf: 'a PDF',
  txt: 'a text file',
  md: 'a text file',
  vtt: 'a caption file',
  srt: 'a caption file',
  xlsx: 'a spreadsheet',
  csv: 'a spreadsheet',
};

/** "200 MB", "1.5 GB": sizes as a documenter reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * MB) return `${trim(bytes / (1024 * MB))} GB`;
  if (bytes >= MB) return `${trim(bytes / MB)} MB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

function trim(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** The largest file allowed for `extension` (lower case, no dot); undefined for formats we do not read. */
export function fileLimitFor(extension: string): number | undefined {
  return IMPORT_LIMITS.fileBytes[extension];
}

/** Refuses a file over its kind's size limit; called before the file is read, and again on bytes sent by the page. */
export function checkFileSize(fileName: string, extension: string, size: number): void {
  const limit = fileLimitFor(extension);
  if (limit === undefined || size <= limit) return;
  throw new OpError(
    'UNREADABLE_FILE',
    `“${fileName}” is ${formatBytes(size)}, larger than the ${formatBytes(limit)} limit for ${KIND_NAMES[extension] ?? 'a file'}; split it into smaller files and import those.`,
  );
}

/** Refuses a parsed source whose text is over the length limit. */
export function checkTextLength(fileName: string, characters: number): void {
  const limit = IMPORT_LIMITS.textCharacters;
  if (characters <= limit) return;
  throw new OpError(
    'UNREADABLE_FILE',
    `“${fileName}” holds ${characters.toLocaleString('en')} characters of text, more than the ${limit.toLocaleString('en')}-character limit for one source; split it into smaller files and import those.`,
  );
}
