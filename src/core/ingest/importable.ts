/**
 * The extensions `parseFile` reads, lower-case with the dot (for folder scans and file dialogs). Kept apart from
 * parse-file.ts so that scanning a folder does not load mammoth and pdf.js.
 */
export const IMPORTABLE_EXTENSIONS: readonly string[] = ['.docx', '.txt', '.md', '.vtt', '.srt', '.pdf', '.xlsx', '.csv'];
