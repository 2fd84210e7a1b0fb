import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { corpusBytes, corpusFiles, expectWellFormed } from './corpus';

// Files that must be refused rather than imported.
const REFUSED = new Set(['pdf/pdfjs-ccitt_EndOfBlock_false.pdf']);

const files = ['docx', 'text', 'captions', 'pdf'].flatMap(corpusFiles).filter((f) => !REFUSED.has(f));

describe('every corpus file', () => {
  it.each(files)('%s imports with ordered, trimmed, "\\n\\n"-separated blocks', async (file) => {
    const doc = await parseFile(file, corpusBytes(file));
    expectWellFormed(doc);
    expect(doc.format).toBe(file.split('.').pop());
    // No markup or caption syntax survives into the text.
    expect(doc.text).not.toMatch(/-->|<\/?[a-z][^>]*>|\uFEFF/);
  });

  it('the corpus holds the files SOURCES.md lists', () => {
    expect(files.length).toBeGreaterThanOrEqual(26);
  });
});
