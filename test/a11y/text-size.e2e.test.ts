import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goTo, shown, workbenchSession } from '../e2e/harness';
import { layoutFaults, settledLayout } from './layout-faults';

const PAGES = ['Lab', 'Sources', 'Codebook', 'Agreement', 'Coding', 'Suggestions', 'Evidence', 'Memos', 'People', 'Tracking', 'Reports'];
/** Set it to a folder to keep a screenshot of every page at 200%, to look at. */
const SHOTS = process.env.TEXT_SIZE_SHOTS;

describe('text size: the whole interface at 200%, on a 1280×800 window', () => {
  const session = workbenchSession('text-size');
  const rootSize = () => session.page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

  it('Ctrl + steps the text up to 200%, remembered in the settings', async () => {
    const { page, wb } = session;
    await page.setViewportSize({ width: 1280, height: 800 });
    await wb.call('app.setCoder', { name: 'Amina Yusuf' });
    await wb.call('labs.openDemo', { path: join(session.home, 'demo.scalinglab') });
    await page.goto(wb.url);
    await shown(page.getByRole('navigation', { name: 'Sections' }));
    expect(await rootSize()).toBe(16);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Control+Equal');
    await expect.poll(rootSize).toBe(32);
    await expect.poll(async () => (await wb.call<{ textSize: number }>('app.state')).textSize).toBe(200);
    // One more step stays at the largest size.
    await page.keyboard.press('Control+Equal');
    await page.reload();
    await shown(page.getByRole('navigation', { name: 'Sections' }));
    expect(await rootSize()).toBe(32);
  });

  for (const name of PAGES) {
    it(`${name}: no control overlaps another or is cut off at 200%`, async () => {
      const { page } = session;
      await goTo(page, name);
      const sections = page.getByRole('navigation', { name: 'Sections' });
      await shown(sections.getByRole('button', { name, exact: true }).and(page.locator('[aria-current="page"]')));
      await settledLayout(page);
      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `${name.toLowerCase()}-200.png`) });
      }
      expect(await layoutFaults(page)).toEqual([]);
    });
  }

  // The views the issue asks to see at 200% in both themes; the appearance is chosen as a documenter would.
  const VIEWS = [{ page: 'Coding' }, { page: 'Evidence', tab: 'Matrices' }, { page: 'Reports' }];
  for (const scheme of ['Light', 'Dark'] as const) {
    it(`${scheme}: Coding, Evidence › Matrices and Reports at 200%, nothing overlapping or cut off`, async () => {
      const { page } = session;
      if (SHOTS) await mkdir(SHOTS, { recursive: true });
      await page.getByRole('button', { name: /^Coder:/ }).click();
      // Mantine's segmented control hides its radios; the documenter clicks the visible label.
      await page.getByRole('menu').getByText(scheme, { exact: true }).click();
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset.mantineColorScheme)).toBe(scheme.toLowerCase());
      for (const view of VIEWS) {
        await goTo(page, view.page);
        if (view.tab) await page.getByRole('tab', { name: view.tab }).click();
        await settledLayout(page);
        const slug = [view.page, view.tab].filter(Boolean).join('-').toLowerCase();
        if (SHOTS) await page.screenshot({ path: join(SHOTS, `${slug}-200-${scheme.toLowerCase()}.png`), fullPage: true });
        expect(await layoutFaults(page), `${slug}, ${scheme}`).toEqual([]);
      }
      await page.getByRole('button', { name: /^Coder:/ }).click();
      await page.getByRole('menu').getByText('System', { exact: true }).click();
      await page.keyboard.press('Escape');
    });
  }

  it('Ctrl 0 restores 100%, and the visible control in the coder menu changes it too', async () => {
    const { page, wb } = session;
    await page.keyboard.press('Control+0');
    await expect.poll(rootSize).toBe(16);
    await expect.poll(async () => (await wb.call<{ textSize: number }>('app.state')).textSize).toBe(100);
    await page.getByRole('button', { name: /^Coder:/ }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(rootSize).toBe(17.6);
    await shown(page.getByTestId('text-size').getByText('110%'));
    await page.getByRole('button', { name: 'Reset text size' }).click();
    await expect.poll(rootSize).toBe(16);
    await page.keyboard.press('Escape');
    // Back at 100%, the same views still lay out cleanly: what fixed 200% did not spoil the default size.
    for (const name of ['Coding', 'Reports']) {
      await goTo(page, name);
      await settledLayout(page);
      if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name.toLowerCase()}-100.png`) });
      expect(await layoutFaults(page), name).toEqual([]);
    }
  });
});
