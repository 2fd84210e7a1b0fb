// The steps `npm run test:electron` takes in the Electron app (test/electron/smoke.electron.test.ts).
// smoke.e2e.test.ts takes them in browser mode on every `npm test`, so where Electron cannot run only the
// launch, the application menu and the quit go untested.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import {
  codedStretches,
  codePassage,
  createFirstCodeWhileCoding,
  createLabFromStartScreen,
  findPassage,
  importOnSourcesPage,
  openForCoding,
  SETTLES,
  sourceTitle,
  undoWithKeyboard,
} from './flows';
import { answerCoderPrompt, corpusFile } from './harness';

export const SMOKE = {
  coder: 'Amina Yusuf',
  lab: { name: 'Smoke test lab', startDate: '2026-01-15' },
  file: corpusFile('text/qualcoder-transcript.txt'),
  code: 'Course experience',
  /** Two passages in different speaker turns, both on the first screen of the source. */
  phrases: ['I like the course', 'struggling with the lecture slides'] as const,
};

/**
 * From first start (a fresh data folder) to a lab holding one transcript with one coded passage: it answers who
 * is working, creates the lab, imports the file, creates a code, codes two passages with the mouse and takes the
 * second back with Ctrl+Z. Two are coded so that an undo that ran twice (the key and a menu accelerator) fails.
 */
export async function codeTwoPassagesAndUndoOne(page: Page): Promise<void> {
  await answerCoderPrompt(page, SMOKE.coder);
  await createLabFromStartScreen(page, SMOKE.lab);
  await importOnSourcesPage(page, [SMOKE.file]);
  await openForCoding(page, sourceTitle(SMOKE.file));
  await createFirstCodeWhileCoding(page, SMOKE.code);

  const first = await findPassage(page, SMOKE.phrases[0]);
  const second = await findPassage(page, SMOKE.phrases[1]);
  await codePassage(page, first, SMOKE.code);
  await codePassage(page, second, SMOKE.code);
  expect(await codedStretches(page)).toEqual([first.text, second.text]);

  await undoWithKeyboard(page, 'Coding');
  await expect.poll(() => codedStretches(page), SETTLES).toEqual([first.text]);
}
