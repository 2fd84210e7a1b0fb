/**
 * A file name as the documenter and the lab see it. Names sent by the page (drag and drop, browser mode) are only
 * labels, never paths, but a hostile or broken one can carry folders, `..`, control characters that rewrite a
 * terminal or a log line, and bidi overrides that disguise an extension; and file systems stop at 255.
 */

const MAX_NAME = 255;
// C0 and C1 controls, and the bidi embeddings, overrides and isolates that can make "exe.txt" read "txt.exe".
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function safeFileName(name: string): string {
  const last = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const clean = last.replace(UNSAFE, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'unnamed file';
  if (clean.length <= MAX_NAME) return clean;
  const ext = extensionOf(clean);
  const keep = ext && ext.length < 16 ? `.${ext}` : '';
  return `${clean.slice(0, MAX_NAME - keep.length - 1)}…${keep}`;
}

/** The extension, lower case without the dot; '' when there is none (a leading dot does not start one). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}
