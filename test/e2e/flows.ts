// What a documenter does through the window, as steps over a Playwright Page. The browser-mode end-to-end tests
// and the Electron smoke test (test/electron) run these same steps, so the smoke test, which can only run where
// Electron's binary is installed, walks UI paths that `npm test` exercises everywhere.
//
// Nothing here may depend on the mode: no HTTP calls, no native dialogs. The lab is created from the start
// screen's form and files go in through the Sources page's file input, which is the same in both modes.
import { basename, extname } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { goTo, hidden, shown } from './harness';

/**
 * How long an expect.poll waits for the window to catch up with a change (vitest's default is 1 s): a write
 * goes through the core and back as an event before the highlight moves, slower in Electron and on busy CI.
 */
export const SETTLES = { timeout: 10_000 };

export interface NewLab {
  name: string;
  /** As the form's date field takes it: YYYY-MM-DD. */
  startDate: string;
}

/** Start screen › New lab: the lab goes into the data folder's labs folder and opens on its profile. */
export async function createLabFromStartScreen(page: Page, lab: NewLab): Promise<void> {
  await page.getByRole('button', { name: 'New lab', exact: true }).click();
  const dialog = await shown(page.getByRole('dialog', { name: 'New lab' }));
  await dialog.getByLabel('Lab name').fill(lab.name);
  await dialog.getByLabel('Start date').fill(lab.startDate);
  await dialog.getByRole('button', { name: 'Create lab' }).click();
  await hidden(dialog);
  await shown(page.getByRole('heading', { name: 'Lab profile' }));
  await shown(page.getByRole('banner').getByText(lab.name));
}

/** Sources › Import files…: picks the files and waits until every one of them is reported imported. */
export async function importOnSourcesPage(page: Page, paths: readonly string[]): Promise<void> {
  await goTo(page, 'Sources');
  await page.getByLabel('Files to import').setInputFiles([...paths]);
  const results = await shown(page.getByRole('region', { name: 'Import results' }));
  for (const path of paths) await shown(results.getByRole('listitem', { name: `${basename(path)}: Imported` }));
  await shown(results.getByText(`Import finished: ${paths.length} imported`));
}

/** An imported file's title, as the Sources and Coding pages show it. */
export function sourceTitle(path: string): string {
  return basename(path, extname(path));
}

/** Coding, with the source of this title open and drawn. */
export async function openForCoding(page: Page, title: string): Promise<void> {
  await goTo(page, 'Coding');
  await page.getByRole('combobox', { name: 'Source' }).click();
  // An option's name holds the title and then its kind, format and length.
  await page.getByRole('option').filter({ hasText: title }).click();
  await page.getByRole('document', { name: title }).and(page.locator('[data-ready="true"]')).waitFor();
}

/** The coding view's codebook panel, while the lab has no codes: type the first code's name, press Enter. */
export async function createFirstCodeWhileCoding(page: Page, name: string): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Codebook' });
  const input = panel.getByRole('textbox', { name: 'Create your first code' });
  await input.fill(name);
  await input.press('Enter');
  await shown(panel.getByRole('button', { name, exact: true }));
}

export interface Passage {
  text: string;
  start: number;
  end: number;
}

// The tests compile without the DOM's types, so scripts that run in the page are strings.

/**
 * The offsets of `phrase` in the open source, read from the text spans' `data-start` (offsets into the source's
 * text). Only blocks drawn on screen are in the page, so the phrase must be in one of them.
 */
export async function findPassage(page: Page, phrase: string): Promise<Passage> {
  const start = await page.evaluate<number>(`(() => {
    let text = '';
    for (const span of document.querySelectorAll('[role=document] [data-start]')) {
      const at = Number(span.dataset.start);
      text = text.padEnd(at, '\\u0000').slice(0, at) + span.textContent;
    }
    return text.indexOf(${JSON.stringify(phrase)});
  })()`);
  if (start < 0) throw new Error(`“${phrase}” is not in the source's text on screen`);
  return { text: phrase, start, end: start + phrase.length };
}

/**
 * The screen point at the left edge of the character at `offset` of the open source (or the right edge of that
 * character), found through the text spans' `data-start`.
 */
function charEdgeScript(offset: number, side: 'left' | 'right'): string {
  return `(() => {
    const spans = [...document.querySelectorAll('[role=document] [data-start]')];
    const span = spans.find((s) => { const a = Number(s.dataset.start); return a <= ${offset} && ${offset} < a + s.textContent.length; });
    if (!span) return null;
    span.scrollIntoView({ block: 'center' });
    const r = document.createRange();
    const i = ${offset} - Number(span.dataset.start);
    r.setStart(span.firstChild, i);
    r.setEnd(span.firstChild, i + 1);
    const rect = r.getClientRects()[0];
    return { x: ${side === 'left' ? 'rect.left + 1' : 'rect.right - 1'}, y: rect.top + rect.height / 2 };
  })()`;
}

/** Selects [start, end) of the open source the way a person does: press, drag across the words, release. */
export async function selectPassage(page: Page, start: number, end: number): Promise<void> {
  const from = await page.evaluate<{ x: number; y: number } | null>(charEdgeScript(start, 'left'));
  const to = await page.evaluate<{ x: number; y: number } | null>(charEdgeScript(end - 1, 'right'));
  if (!from || !to) throw new Error(`offsets ${start}–${end} are not on screen`);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await shown(page.getByRole('toolbar', { name: 'Code the selection' }));
}

/** With text selected, clicks the code in the codebook panel beside the document. */
export async function applyCodeFromCodebook(page: Page, code: string): Promise<void> {
  await page.getByRole('complementary', { name: 'Codebook' }).getByRole('button', { name: code, exact: true }).click();
}

/** The text of every highlighted (coded) stretch of the open source, in document order. */
export function codedStretches(page: Page): Promise<string[]> {
  return page.locator('[role=document] [data-excerpts]').allTextContents();
}

/** Selects the passage with the mouse, applies the code, and waits until the passage is highlighted. */
export async function codePassage(page: Page, passage: Passage, code: string): Promise<void> {
  await selectPassage(page, passage.start, passage.end);
  await applyCodeFromCodebook(page, code);
  await expect.poll(() => codedStretches(page), SETTLES).toContain(passage.text);
}

/**
 * Ctrl+Z as a person presses it while coding: the selection cleared and the focus off any text field (there
 * Ctrl+Z undoes typing, not the lab).
 */
export async function undoWithKeyboard(page: Page, pageHeading: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { name: pageHeading, exact: true }).click();
  // ⌘Z on macOS, as the app's own shortcuts (and Electron's Edit menu) use.
  await page.keyboard.press('ControlOrMeta+z');
}
