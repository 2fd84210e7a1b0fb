import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLES } from './flows';
import { corpusFile, launchBrowser, shown, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';

const TXT = corpusFile('text/qualcoder-transcript.txt');
const DOCX = corpusFile('docx/qualcoder-ID1.docx');

interface ExcerptLike {
  id: string;
  text: string;
  memo: string;
  codes: { codeId: string }[];
}
interface SourceDocumentLike {
  text: string;
  excerpts: ExcerptLike[];
}

// The tests compile without the DOM's types, so scripts that run in the page are strings.

/** What has the focus: its role, accessible label, and whether a visible ring (outline or box-shadow) marks it. */
interface Focused {
  tag: string;
  role: string | null;
  label: string;
  text: string;
  inDialog: boolean;
  ring: boolean;
}
const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const s = getComputedStyle(el);
  // Mantine marks a focused field by its border in the primary colour rather than an outline.
  const probe = document.createElement('div');
  probe.style.borderColor = 'var(--mantine-primary-color-filled)';
  document.body.append(probe);
  const primary = getComputedStyle(probe).borderColor;
  probe.remove();
  const field = el.matches('input, textarea') && s.borderColor === primary;
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none' || field;
  const labelled = el.getAttribute('aria-labelledby');
  const label = el.getAttribute('aria-label') ?? (labelled ? document.getElementById(labelled)?.textContent : '') ?? '';
  return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role'), label, text: (el.textContent ?? '').trim().slice(0, 80),
    inDialog: el.closest('[role=dialog]') !== null, ring };
})()`;

function focused(page: Page): Promise<Focused | null> {
  return page.evaluate<Focused | null>(FOCUSED);
}

/** Presses Tab (or Shift+Tab) until the focused control is the one wanted; every control passed must show a ring. */
async function tabTo(page: Page, wanted: (f: Focused) => boolean, what: string, key = 'Tab'): Promise<Focused> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (!f) continue;
    expect(f.ring, `focus ring on ${f.tag} “${f.label || f.text}”`).toBe(true);
    if (wanted(f)) return f;
  }
  throw new Error(`Tab never reached ${what}`);
}

const announced = (page: Page) => page.getByTestId('announcer').textContent();
const pendingText = (page: Page) =>
  page.evaluate<string>(`[...document.querySelectorAll('[role=document] [data-mark~="pending"]')].map((s) => s.textContent).join('')`);

describe('keyboard-only coding: open a source, move by turn, select, code, tag, memo, undo — no mouse', () => {
  let home: string;
  let app: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let txtId: string;
  let accessCode: string;
  let courseCode: string;
  const shots: string[] = [];

  const doc = () => app.call<SourceDocumentLike>('sources.get', { id: txtId });

  beforeAll(async () => {
    home = await tempDir('keyboard');
    app = await startWorkbench({ home });
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'keys.scalinglab'), profile: { name: 'Keyboard lab', startDate: '2026-01-15' } });
    const results = await app.call<{ status: string; sourceId: string | null }[]>('sources.import', { paths: [DOCX, TXT] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    txtId = results[1]!.sourceId!;
    accessCode = (await app.call<{ id: string }>('codes.create', { code: { name: 'Access barrier', parentId: null } })).id;
    courseCode = (await app.call<{ id: string }>('codes.create', { code: { name: 'Course experience', parentId: null } })).id;
    await app.call('codes.update', { id: accessCode, patch: { pinned: 1 } });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(home, { recursive: true, force: true });
    if (shots.length) console.info(`keyboard-coding screenshots: ${shots.join(', ')}`);
  });

  const shoot = async (name: string) => {
    const path = join(process.env.KEYBOARD_SHOTS ?? home, `keyboard-${name}.png`);
    await page.screenshot({ path });
    if (process.env.KEYBOARD_SHOTS) shots.push(path);
  };

  it('reaches Coding from the navigation and opens a source from the source picker', async () => {
    await shown(page.getByRole('navigation', { name: 'Sections' }));
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Coding', 'the Coding section');
    await page.keyboard.press('Enter');
    await tabTo(page, (f) => f.role === 'combobox' || f.label === 'Source', 'the source picker');
    await page.keyboard.press('ArrowDown');
    await shown(page.getByRole('listbox'));
    for (let i = 0; i < 5; i++) {
      const selected = await page.locator('[data-combobox-selected]').textContent();
      if (selected?.includes('qualcoder-transcript')) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('document', { name: 'qualcoder-transcript' }).and(page.locator('[data-ready="true"]')).waitFor();
  });

  it('moves through turns with j and ↓, showing the current turn, and selects words with Shift+→', async () => {
    const f = await tabTo(page, (x) => x.role === 'document', 'the document');
    expect(f.label).toBe('qualcoder-transcript');
    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('k');
    // The second turn (id2's) is current: its bar is drawn and the caret underlines its first word.
    await expect.poll(() => page.locator('[role=document] [data-current]').textContent(), SETTLES).toContain('I am struggling');
    await expect.poll(() => page.locator('[role=document] [data-mark~="caret"]').textContent()).toBe('I');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('[role=document] [data-mark~="caret"]').textContent()).toBe('struggling');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect.poll(() => pendingText(page)).toBe('struggling with the lecture');
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => pendingText(page)).toBe('struggling with the lecture slides.');
    await shown(page.getByRole('toolbar', { name: 'Code the selection' }));
    await shoot('selection');
  });

  it('applies the code pinned to 1, and a screen reader hears it', async () => {
    await page.keyboard.press('1');
    await expect.poll(async () => (await doc()).excerpts.map((e) => [e.text, e.codes.map((c) => c.codeId)]), SETTLES).toEqual([
      ['struggling with the lecture slides.', [accessCode]],
    ]);
    await expect.poll(() => announced(page), SETTLES).toBe('Coded Access barrier');
    await shown(page.getByRole('button', { name: 'Access barrier, coded by Amina Yusuf, excerpt 1 of 1 in this passage' }));
  });

  it('applies a code by name with Ctrl+K to a whole turn; the box gives the focus back to the document', async () => {
    await page.keyboard.press('j');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(() => pendingText(page)).toMatch(/^No\. I think the slides are OK.*too long\.$/);
    await page.keyboard.press('Control+k');
    const box = await shown(page.getByRole('dialog'));
    await page.keyboard.type('course exp');
    await page.keyboard.press('Enter');
    await box.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await doc()).excerpts.length, SETTLES).toBe(2);
    expect((await doc()).excerpts[1]!.codes.map((c) => c.codeId)).toEqual([courseCode]);
    await expect.poll(async () => (await focused(page))?.role).toBe('document');
  });

  it('lists its keys on “?” in a dialog that keeps the focus and gives it back', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await shown(page.getByRole('dialog', { name: 'Coding from the keyboard' }));
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page))?.inDialog).toBe(true);
    }
    await shoot('keys-help');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Coding from the keyboard' }).waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(page))?.role).toBe('document');
  });

  it('opens the excerpt with Enter, tags its evidence and writes a memo inside it, and Esc returns to the text', async () => {
    await page.keyboard.press('k');
    await page.keyboard.press('Enter');
    const popover = await shown(page.getByRole('dialog', { name: 'Excerpt' }));
    await expect.poll(async () => (await focused(page))?.inDialog).toBe(true);
    const chip = await tabTo(page, (f) => f.tag === 'button' && f.label !== '' && !f.label.startsWith('Remove'), 'an evidence tag');
    await page.keyboard.press('Space');
    await expect.poll(async () => {
      const id = (await doc()).excerpts[0]!.id;
      const tags = await app.call<Record<string, { inherited: boolean }[]>>('evidence.excerptTags', { excerptIds: [id] });
      return tags[id]!.filter((t) => !t.inherited).length;
    }, SETTLES).toBe(1);
    await expect.poll(() => announced(page), SETTLES).toBe('Evidence tags saved');
    expect(chip.inDialog).toBe(true);

    await tabTo(page, (f) => f.tag === 'textarea', 'the memo');
    await page.keyboard.type('Slides too busy: ask about layout.');
    await shoot('memo');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await doc()).excerpts[0]!.memo, SETTLES).toBe('Slides too busy: ask about layout.');
    await expect.poll(() => announced(page), SETTLES).toBe('Memo saved');
    // Tab stays inside while it is open.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect((await focused(page))?.inDialog).toBe(true);
    }
    await page.keyboard.press('Escape');
    await popover.waitFor({ state: 'hidden' });
    await expect.poll(async () => (await focused(page))?.role).toBe('document');
  });

  it('undoes the memo with Ctrl+Z, then the coding', async () => {
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await doc()).excerpts[0]!.memo, SETTLES).toBe('');
    // Then the evidence tag, then the second passage's coding: the first passage stays.
    await page.keyboard.press('ControlOrMeta+z');
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await doc()).excerpts.map((e) => e.text), SETTLES).toEqual(['struggling with the lecture slides.']);
  });
});
