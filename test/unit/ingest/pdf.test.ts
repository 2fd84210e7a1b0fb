import { describe, expect, it } from 'vitest';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { blockTexts, corpusBytes, expectWellFormed } from './corpus';

const parse = async (file: string) => parseFile(file, corpusBytes(`pdf/${file}`));

describe('pdf', () => {
  it('reads a text PDF into paragraphs with page numbers, lines joined and hyphenation undone', async () => {
    const doc = await parse('pdfjs-tracemonkey_a11y.pdf');
    expectWellFormed(doc);
    const texts = blockTexts(doc);
    expect(texts[0]).toBe('Trace-based Just-in-Time Type Specialization for Dynamic Languages');
    expect(texts[1]).toMatch(/^Andreas Gal∗\+, Brendan Eich∗, Mike Shaver∗/);
    expect(texts).toContain('Abstract');
    expect(texts.find((t) => t.startsWith('Dynamic languages such as JavaScript are more difficult'))).toContain(
      'more difficult to compile than statically typed ones.',
    );
    expect(doc.blocks.every((b) => b.kind === 'paragraph' && b.page === 1)).toBe(true);
  });

  it('recovers the text of a PDF with a broken cross-reference table', async () => {
    const doc = await parse('pdfjs-helloworld-bad.pdf');
    expect(doc.text).toBe('Hello, world!');
  });

  it('refuses a PDF without a text layer and says to run OCR', async () => {
    await expect(parse('pdfjs-ccitt_EndOfBlock_false.pdf')).rejects.toMatchObject({
      code: 'UNREADABLE_FILE',
      message: expect.stringMatching(/^“pdfjs-ccitt_EndOfBlock_false\.pdf” has no text layer: it is probably a scan\. Run OCR/),
    });
  });

  it('refuses bytes that are not a PDF, and leaves the caller its bytes', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7 this is not really a PDF');
    await expect(parseFile('fake.pdf', bytes)).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: expect.stringContaining('“fake.pdf”') });
    expect(bytes.byteLength).toBeGreaterThan(0);
    const real = corpusBytes('pdf/pdfjs-helloworld-bad.pdf');
    await parseFile('again.pdf', real);
    expect(real.byteLength).toBe(745);
  });
});
