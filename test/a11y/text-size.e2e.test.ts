import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goTo, shown, workbenchSession } from '../e2e/harness';
import { layoutFaults } from './layout-faults';

const PAGES = ['Lab', 'Sources', 'Codebook', 'Agreement', 'Coding', 'Evidence', 'Memos', 'People', 'Tracking', 'Reports'];
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
      await page.waitForLoadState('networkidle');
      // Charts and lazily loaded pages settle after the first paint.
      await page.waitForTimeout(600);
      if (SHOTS) {
        await mkdir(SHOTS, { recursive: true });
        await page.screenshot({ path: join(SHOTS, `${name.toLowerCase()}-200.png`) });
      }
      expect(await layoutFaults(page)).toEqual([]);
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
  });
});
