import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { OpError } from '../errors';
import { countPhrase, DocumentBuilder } from './build-document';
import { IMPORT_LIMITS } from './import-limits';
import type { ParsedDocument } from './parsed-document';

/** The part of pdf.js's TextItem we read. */
interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  /** Baseline and font height of the line's first run. */
  y: number;
  height: number;
}

// A vertical step above this many line heights, or a change of font size, starts a new paragraph.
const PARAGRAPH_GAP = 1.3;
const FONT_SIZE_CHANGE = 0.15;

/** A text PDF: one paragraph block per paragraph, each with its page number. Scans without OCR are refused. */
export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  // Loaded on first use: pdf.js is large and most imports are Word or text files.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    // pdf.js transfers the buffer it is given to its worker; a copy leaves the caller's bytes intact.
    data: bytes.slice(),
    isEvalSupported: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    cMapUrl: join(assets, 'cmaps') + '/',
    standardFontDataUrl: join(assets, 'standard_fonts') + '/',
  });
  const builder = new DocumentBuilder();
  let emptyPages = 0;
  try {
    const pdf = await task.promise;
    if (pdf.numPages > IMPORT_LIMITS.pdfPages) throw tooManyPages(fileName, pdf.numPages);
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      const runs = content.items.filter((item): item is TextRun & typeof item => 'str' in item);
      const before = builder.blockCount;
      for (const paragraph of paragraphs(lines(runs))) builder.add('paragraph', paragraph, { page });
      if (builder.blockCount === before) emptyPages++;
    }
  } catch (e) {
    if (e instanceof OpError) throw e;
    const password = e instanceof Error && e.name === 'PasswordException';
    const error = new OpError(
      'UNREADABLE_FILE',
      password
        ? `“${fileName}” is password-protected; remove the password and import it again.`
        : `“${fileName}” could not be read: it is damaged or not a PDF.`,
    );
    error.cause = e;
    throw error;
  } finally {
    await task.destroy();
  }
  if (builder.blockCount === 0) {
    throw new OpError(
      'UNREADABLE_FILE',
      `“${fileName}” has no text layer: it is probably a scan. Run OCR on it first (e.g. in Acrobat or OCRmyPDF) and import the result.`,
    );
  }
  if (emptyPages > 0) builder.warnings.push(`${countPhrase(emptyPages, 'page has', 'pages have')} no text (scanned or blank) and ${emptyPages === 1 ? 'was' : 'were'} skipped.`);
  return builder.build('pdf');
}

function tooManyPages(fileName: string, pages: number): OpError {
  return new OpError(
    'UNREADABLE_FILE',
    `“${fileName}” has ${pages.toLocaleString('en')} pages, more than the ${IMPORT_LIMITS.pdfPages.toLocaleString('en')}-page limit for a PDF; split it into smaller files and import those.`,
  );
}

/** Text runs into lines: a line ends at pdf.js's end-of-line flag or where the baseline moves (not superscripts). */
function lines(runs: readonly TextRun[]): Line[] {
  const out: Line[] = [];
  let parts: string[] = [];
  let current: { y: number; height: number; endX: number } | undefined;
  const close = (): void => {
    if (current) out.push({ text: parts.join('').replace(/\s+/g, ' ').trim(), y: current.y, height: current.height });
    current = undefined;
    parts = [];
  };
  for (const run of runs) {
    const x = run.transform[4] ?? 0;
    const y = run.transform[5] ?? 0;
    const height = run.height || Math.abs(run.transform[3] ?? 0);
    if (run.str) {
      if (current && Math.abs(y - current.y) > Math.max(height, current.height) * 0.6) close();
      if (!current) {
        current = { y, height, endX: x };
      } else {
        const gap = x - current.endX;
        const joined = /\s$/.test(parts[parts.length - 1] ?? '') || /^\s/.test(run.str);
        if (!joined && gap > Math.max(height, current.height) * 0.2) parts.push(' ');
      }
      parts.push(run.str);
      current.endX = x + run.width;
    }
    if (run.hasEOL) close();
  }
  close();
  return out.filter((l) => l.text !== '');
}

/** Lines into paragraphs, joined with spaces; a word hyphenated across lines is rejoined. */
function paragraphs(input: readonly Line[]): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let previous: Line | undefined;
  for (const line of input) {
    if (previous && startsParagraph(previous, line)) {
      out.push(parts.join(''));
      parts = [];
    }
    const last = parts[parts.length - 1];
    if (last !== undefined && /\p{Ll}-$/u.test(last) && /^\p{Ll}/u.test(line.text)) parts[parts.length - 1] = last.slice(0, -1);
    else if (last !== undefined) parts.push(' ');
    parts.push(line.text);
    previous = line;
  }
  if (parts.length > 0) out.push(parts.join(''));
  return out;
}

function startsParagraph(previous: Line, line: Line): boolean {
  const size = Math.max(previous.height, line.height, 1);
  const step = previous.y - line.y;
  return step <= 0 || step > size * PARAGRAPH_GAP || Math.abs(previous.height - line.height) > size * FONT_SIZE_CHANGE;
}
