import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';
import { codeTwoPassagesAndUndoOne, SMOKE } from './smoke-scenario';

interface SourceLike {
  id: string;
  title: string;
}
interface SourceDocumentLike {
  excerpts: { text: string; codes: { coderName: string | null }[] }[];
}

describe('smoke: the steps of the Electron smoke test, in browser mode', () => {
  let home: string;
  let wb: RunningWorkbench;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    home = await tempDir('smoke');
    wb = await startWorkbench({ home });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await wb?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('creates a lab, imports a transcript, codes two passages and undoes one, all through the window', async () => {
    await page.goto(wb.url);
    await codeTwoPassagesAndUndoOne(page);

    const sources = await wb.call<SourceLike[]>('sources.list');
    expect(sources.map((s) => s.title)).toEqual(['qualcoder-transcript']);
    const doc = await wb.call<SourceDocumentLike>('sources.get', { id: sources[0]!.id });
    expect(doc.excerpts.map((e) => e.text)).toEqual([SMOKE.phrases[0]]);
    expect(doc.excerpts[0]!.codes.map((c) => c.coderName)).toEqual([SMOKE.coder]);
  });
});
