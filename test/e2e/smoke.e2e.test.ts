import { describe, expect, it } from 'vitest';
import { workbenchSession } from './harness';
import { codeTwoPassagesAndUndoOne, SMOKE } from './smoke-scenario';

interface SourceLike {
  id: string;
  title: string;
}
interface SourceDocumentLike {
  excerpts: { text: string; codes: { coderName: string | null }[] }[];
}

describe('smoke: the steps of the Electron smoke test, in browser mode', () => {
  const session = workbenchSession('smoke');

  it('creates a lab, imports a transcript, codes two passages and undoes one, all through the window', async () => {
    const { page, wb } = session;
    await page.goto(wb.url);
    await codeTwoPassagesAndUndoOne(page);

    const sources = await wb.call<SourceLike[]>('sources.list');
    expect(sources.map((s) => s.title)).toEqual(['qualcoder-transcript']);
    const doc = await wb.call<SourceDocumentLike>('sources.get', { id: sources[0]!.id });
    expect(doc.excerpts.map((e) => e.text)).toEqual([SMOKE.phrases[0]]);
    expect(doc.excerpts[0]!.codes.map((c) => c.coderName)).toEqual([SMOKE.coder]);
  });
});
