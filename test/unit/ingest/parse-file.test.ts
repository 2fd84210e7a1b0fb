import { describe, expect, it } from 'vitest';
import { IMPORTABLE_EXTENSIONS } from '../../../src/core/ingest/importable';
import { parseFile } from '../../../src/core/ingest/parse-file';
import { corpusBytes } from './corpus';

describe('parseFile', () => {
  it('refuses a type we do not read with UNSUPPORTED_FORMAT and the supported list', async () => {
    await expect(parseFile('name.xyz', new Uint8Array([1]))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'Cannot import “name.xyz”: .xyz files are not supported (supported: .docx, .txt, .md, .vtt, .srt, .pdf, .xlsx, .csv).',
    });
    await expect(parseFile('/home/me/Interviews/README', new Uint8Array([1]))).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: expect.stringMatching(/^Cannot import “README”: files without an extension are not supported/),
    });
  });

  it('picks the importer by extension, whatever its case, and names only the file in errors', async () => {
    const doc = await parseFile('C:\\Data\\ID1.DOCX', corpusBytes('docx/qualcoder-ID1.docx'));
    expect(doc.format).toBe('docx');
    expect((await parseFile('T.Md', new TextEncoder().encode('# Hi'))).blocks[0]).toMatchObject({ kind: 'heading', level: 1 });
    await expect(parseFile('/private/folder/x.TXT', new Uint8Array())).rejects.toMatchObject({ code: 'UNREADABLE_FILE', message: '“x.TXT” is empty.' });
  });

  it('lists the extensions it reads', () => {
    expect(IMPORTABLE_EXTENSIONS).toEqual(['.docx', '.txt', '.md', '.vtt', '.srt', '.pdf', '.xlsx', '.csv']);
  });

  it('never puts file content in an error message', async () => {
    const secret = 'Grace told me in confidence that the district';
    const failures = [
      parseFile('a.docx', new TextEncoder().encode(secret)),
      parseFile('a.vtt', new TextEncoder().encode(`WEBVTT\n\n00:00:1x.000 --> 00:00:02.000\n${secret}`)),
      parseFile('a.pdf', new TextEncoder().encode(`%PDF-1.4\n${secret}`)),
    ];
    for (const failure of failures) {
      const error = await failure.then(
        () => undefined,
        (e: unknown) => e as Error,
      );
      expect(error).toBeDefined();
      expect(error!.message).not.toContain('Grace');
    }
  });
});
