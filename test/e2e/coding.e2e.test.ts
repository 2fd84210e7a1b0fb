import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { codedStretches, openForCoding, selectPassage, undoWithKeyboard } from './flows';
import { corpusFile, shown, workbenchSession, type RunningWorkbench } from './harness';

const DOCX = corpusFile('docx/qualcoder-ID1.docx');
const VTT = corpusFile('captions/vttjs-cycle-collector-talk.vtt');
const TXT = corpusFile('text/qualcoder-transcript.txt');

interface ExcerptLike {
  id: string;
  start: number;
  end: number;
  text: string;
  codes: { codeId: string; coderName: string | null }[];
}
interface SourceDocumentLike {
  text: string;
  excerpts: ExcerptLike[];
}
interface ImportResultLike {
  fileName: string;
  status: string;
  sourceId: string | null;
}

describe('coding view: code passages selected with the mouse, by click and by key; undo; reload', () => {
  const session = workbenchSession('coding');
  let home: string;
  let app: RunningWorkbench;
  let page: Page;
  let docxId: string;
  let text: string;
  let courseCode: string;
  let accessCode: string;
  const liked = { phrase: 'learning new things', start: 0, end: 0 };
  const trouble = { phrase: 'less computer-savvy people', start: 0, end: 0 };

  const docx = () => app.call<SourceDocumentLike>('sources.get', { id: docxId });

  beforeAll(async () => {
    ({ home, wb: app, page } = session);
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'coding.scalinglab'), profile: { name: 'Coding lab', startDate: '2026-01-15' } });
    const results = await app.call<ImportResultLike[]>('sources.import', { paths: [DOCX, VTT, TXT] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported', 'imported']);
    docxId = results[0]!.sourceId!;
    courseCode = (await app.call<{ id: string }>('codes.create', { code: { name: 'Course experience', parentId: null } })).id;
    accessCode = (await app.call<{ id: string }>('codes.create', { code: { name: 'Access barrier', parentId: null } })).id;
    await app.call('codes.update', { id: accessCode, patch: { pinned: 1 } });
    text = (await docx()).text;
    for (const p of [liked, trouble]) {
      p.start = text.indexOf(p.phrase);
      p.end = p.start + p.phrase.length;
      expect(p.start).toBeGreaterThan(0);
    }
  });

  it('codes a passage selected with the mouse by clicking a code in the codebook panel', async () => {
    await page.goto(app.url);
    await openForCoding(page, 'qualcoder-ID1');

    await selectPassage(page, liked.start, liked.end);
    await page.getByRole('complementary', { name: 'Codebook' }).getByRole('button', { name: 'Course experience', exact: true }).click();

    await expect.poll(async () => (await docx()).excerpts.length).toBe(1);
    const [excerpt] = (await docx()).excerpts;
    expect(excerpt!.text).toBe(liked.phrase);
    expect(text.slice(excerpt!.start, excerpt!.end)).toBe(excerpt!.text);
    expect(excerpt!.codes.map((c) => [c.codeId, c.coderName])).toEqual([[courseCode, 'Amina Yusuf']]);
    await expect.poll(() => page.locator(`[data-excerpts~="${excerpt!.id}"]`).allTextContents()).toEqual([liked.phrase]);
  });

  it('codes another passage with the number key of a pinned code', async () => {
    await selectPassage(page, trouble.start, trouble.end);
    await page.keyboard.press('1');

    await expect.poll(async () => (await docx()).excerpts.length).toBe(2);
    const second = (await docx()).excerpts.find((e) => e.codes.some((c) => c.codeId === accessCode))!;
    expect(second.text).toBe(trouble.phrase);
    expect(text.slice(second.start, second.end)).toBe(second.text);
    await expect.poll(() => page.locator(`[data-excerpts~="${second.id}"]`).allTextContents()).toEqual([trouble.phrase]);
  });

  it('undoes the last coding with Ctrl+Z, and the highlight goes', async () => {
    await undoWithKeyboard(page, 'Coding');

    await expect.poll(async () => (await docx()).excerpts.map((e) => e.text)).toEqual([liked.phrase]);
    await expect.poll(() => codedStretches(page)).toEqual([liked.phrase]);
  });

  it('shows caption turns with the speaker and the time in the recording', async () => {
    await openForCoding(page, 'vttjs-cycle-collector-talk');
    const doc = page.getByRole('document', { name: 'vttjs-cycle-collector-talk' });
    await shown(doc.getByText('Chris Pearce', { exact: true }));
    await shown(doc.getByText('Kyle Huey', { exact: true }).first());
    await shown(doc.getByText('0:04', { exact: true }).first());
    // Names and times sit outside the text: they are never part of a coded range.
    expect(await doc.locator('[data-start]').allTextContents()).not.toContain('Kyle Huey');
  });

  it('still highlights the remaining excerpt after a reload', async () => {
    await page.reload();
    await openForCoding(page, 'qualcoder-ID1');
    await expect.poll(() => codedStretches(page)).toEqual([liked.phrase]);
    await shown(page.getByRole('button', { name: 'Course experience, coded by Amina Yusuf' }));
  });
});
