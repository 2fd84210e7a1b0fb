import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createLabFromStartScreen } from './flows';
import { answerCoderPrompt, goTo, hidden, shown, workbenchSession } from './harness';

interface CodeLike {
  name: string;
  parentId: string | null;
}
interface LabCounts {
  sources: number;
  codes: string[];
  excerpts: number;
}

/** Where screenshots go when SHOTS_DIR is set: to look at the page as a documenter would. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

/** The text of the element that has the focus ('' when none does), as a screen reader would announce it. */
const focused = async (page: Page): Promise<string> => ((await page.locator(':focus').count()) ? ((await page.locator(':focus').textContent()) ?? '') : '');

/** The number in the report table's "Added" column for one kind of thing. */
async function added(report: Locator, what: string): Promise<number> {
  const row = report.getByRole('row').filter({ has: report.page().getByRole('rowheader', { name: what, exact: true }) });
  return Number((await row.getByRole('cell').first().innerText()).replace(/\D/g, ''));
}

describe('REFI-QDA: export the demo lab as .qdpx through the window, import it into a new lab through the window', () => {
  const session = workbenchSession('refi');
  let qdpx: string;
  let demo: LabCounts;

  const counts = async (): Promise<LabCounts> => {
    const { wb } = session;
    const codes = await wb.call<CodeLike[]>('codes.list');
    return {
      sources: (await wb.call<unknown[]>('sources.list')).length,
      codes: codes.map((c) => c.name).sort(),
      excerpts: (await wb.call<{ total: number }>('excerpts.query', { filter: {}, limit: 1 })).total,
    };
  };

  it('exports the demo lab from the Reports page as a REFI-QDA project', async () => {
    const { page, wb, home } = session;
    await page.goto(wb.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await page.getByRole('button', { name: 'Open the demo lab' }).click();
    await shown(page.getByRole('banner').getByText(/Soma Pamoja/));
    demo = await counts();
    expect(demo.sources).toBeGreaterThan(0);
    expect(demo.excerpts).toBeGreaterThan(0);

    await goTo(page, 'Reports');
    await page.getByRole('button', { name: 'Export REFI-QDA project' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Export REFI-QDA project' }));
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      dialog.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
    qdpx = join(home, download.suggestedFilename());
    await download.saveAs(qdpx);
    const zip = await JSZip.loadAsync(await readFile(qdpx));
    expect(zip.file('project.qde')).not.toBeNull();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);
  });

  it('imports the .qdpx into a new lab from the Sources page; the report counts what came in', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Close lab' }).click();
    await createLabFromStartScreen(page, { name: 'Round trip', startDate: '2026-03-01' });
    expect(await counts()).toEqual({ sources: 0, codes: [], excerpts: 0 });

    await goTo(page, 'Sources');
    const opener = page.getByRole('button', { name: 'Import REFI-QDA project…' });
    await opener.click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Import REFI-QDA project' }));
    await shot(page, 'refi-import-choose');
    await dialog.getByLabel('REFI-QDA project to import').setInputFiles(qdpx);
    const report = await shown(dialog.getByTestId('refi-import-report'));
    // The heading takes the focus, so a screen reader reads the report first.
    await expect.poll(() => focused(page)).toMatch(/^Imported “.*\.qdpx”$/);
    await shown(report.getByRole('table'));
    await shot(page, 'refi-import-report');

    const lab = await counts();
    expect(lab.sources).toBe(demo.sources);
    expect(lab.excerpts).toBe(demo.excerpts);
    expect(lab.codes).toEqual(demo.codes);
    expect(await added(report, 'Text sources and transcripts')).toBe(demo.sources);
    expect(await added(report, 'Selections')).toBe(demo.excerpts);
    expect(await added(report, 'Codes')).toBe(demo.codes.length);
    expect(await added(report, 'Codings')).toBeGreaterThanOrEqual(demo.excerpts);
    await shown(report.getByText('Nothing was left out.'));

    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);
    // Focus goes back to where the dialog was opened from.
    await expect.poll(() => focused(page)).toBe('Import REFI-QDA project…');
  });

  it('shows the imported codes on the Codebook page', async () => {
    const { page } = session;
    await goTo(page, 'Codebook');
    const tree = await shown(page.getByRole('tree', { name: 'Codes' }));
    const roots = (await session.wb.call<CodeLike[]>('codes.list')).filter((c) => c.parentId === null);
    expect(roots.length).toBeGreaterThan(0);
    for (const c of roots) await shown(tree.getByRole('treeitem', { name: c.name, exact: true }));
  });

  it('imports a codebook (.qdc) from the Codebook page; the report lists what it left out, and why', async () => {
    const { page } = session;
    const qdc = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<CodeBook origin="e2e" xmlns="urn:QDA-XML:codebook:1.0"><Codes>',
      '<Code guid="7c2f6e1a-3b4d-4e5f-8a9b-0c1d2e3f4a5b" name="Teacher motivation" isCodable="true"/>',
      '<Code name="Code without a guid" isCodable="true"/>',
      '</Codes></CodeBook>',
    ].join('\n');
    const opener = page.getByRole('button', { name: 'Import Codebook (.qdc)…' });
    await opener.click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Import codebook (.qdc)' }));
    await dialog
      .getByLabel('REFI-QDA codebook to import')
      .setInputFiles({ name: 'partner codes.qdc', mimeType: 'application/xml', buffer: Buffer.from(qdc) });
    const report = await shown(dialog.getByTestId('refi-import-report'));
    expect(await added(report, 'Codes')).toBe(1);
    expect(await report.getByRole('rowheader').allInnerTexts()).toEqual(['Codes', 'Sets']);
    const skipped = await shown(report.getByRole('list', { name: 'Not imported, and why' }));
    expect(await skipped.getByRole('listitem').allInnerTexts()).toEqual(['a code “Code without a guid”: it has no guid or no name']);
    await shot(page, 'refi-import-codebook-report');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);
    await expect.poll(() => focused(page)).toBe('Import Codebook (.qdc)…');
    await shown(page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: 'Teacher motivation', exact: true }));
  });
});
