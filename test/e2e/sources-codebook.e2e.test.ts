import { rm } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerCoderPrompt,
  corpusFile,
  goTo,
  hidden,
  launchBrowser,
  shown,
  startWorkbench,
  tempDir,
  type Browser,
  type RunningWorkbench,
} from './harness';

interface SourceLike {
  id: string;
  title: string;
  format: string;
}
interface CodeLike {
  id: string;
  name: string;
}
interface ParticipantLike {
  displayName: string;
  pseudonym: string;
}

const FILES = ['docx/qualcoder-ID1.docx', 'captions/vttjs-cycle-collector-talk.vtt', 'text/qualcoder-transcript.txt'];
const CODE = 'Course experience';
const FIRST_SENTENCE = 'I really like learning new things.';

describe('sources and codebook: import, map speakers, code, retrieve, search and code all hits', () => {
  let home: string;
  let browser: Browser;
  let wb: RunningWorkbench;
  let page: Page;

  beforeAll(async () => {
    home = await tempDir('sources');
    wb = await startWorkbench({ home });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await wb?.stop();
    await rm(home, { recursive: true, force: true });
  });

  const sourcesTable = () => page.getByRole('table', { name: 'Sources' });
  const sourceRow = (title: string) => sourcesTable().getByRole('row', { name: new RegExp(title) });
  const retrievalCount = () => page.getByTestId('retrieval-count');
  const sources = () => wb.call<SourceLike[]>('sources.list');

  async function pick(combobox: Locator, option: string) {
    await combobox.click();
    await page.getByRole('option', { name: option, exact: true }).click();
  }

  it('imports a .docx, a .vtt and a .txt through the file picker, with a result per file', async () => {
    await page.goto(wb.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await wb.call('labs.create', { profile: { name: 'Reading programme lab', startDate: '2026-01-15' } });
    await shown(page.getByRole('banner').getByText('Reading programme lab'));
    await goTo(page, 'Sources');
    await shown(page.getByText('No sources yet'));

    await page.getByLabel('Files to import').setInputFiles(FILES.map(corpusFile));
    const results = await shown(page.getByRole('region', { name: 'Import results' }));
    await shown(results.getByText('Import finished: 3 imported'));
    await expect.poll(() => results.getByRole('listitem', { name: /: Imported$/ }).count()).toBe(3);
    for (const file of FILES) await shown(results.getByRole('listitem', { name: `${file.split('/')[1]}: Imported` }));

    // One header row and three source rows.
    await expect.poll(() => sourcesTable().getByRole('row').count()).toBe(4);
    await expect.poll(() => page.getByTestId('sources-count').textContent()).toBe('3 sources');
    expect((await sources()).map((s) => s.format).sort()).toEqual(['docx', 'txt', 'vtt']);
  });

  it('maps a speaker of the .vtt to a new participant; the list shows the pseudonym', async () => {
    await page.getByRole('button', { name: 'Map speakers…' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Map speakers' }));
    const vtt = dialog.getByRole('region', { name: 'Speakers of vttjs-cycle-collector-talk' });
    await pick(vtt.getByRole('combobox', { name: 'Participant for Kyle Huey' }), 'New participant…');

    const form = await shown(page.getByRole('dialog', { name: 'New participant' }));
    expect(await form.getByLabel('Display name').inputValue()).toBe('Kyle Huey');
    await pick(form.getByRole('combobox', { name: 'Sector' }), 'Research');
    await form.getByLabel('Role').fill('Platform engineer');
    await form.getByLabel('Organisation').fill('Mozilla');
    await form.getByRole('button', { name: 'Create and map' }).click();
    await hidden(form);

    const [kyle] = (await wb.call<ParticipantLike[]>('participants.list')).filter((p) => p.displayName === 'Kyle Huey');
    expect(kyle?.pseudonym).toBeTruthy();
    await expect
      .poll(() => vtt.getByRole('combobox', { name: 'Participant for Kyle Huey' }).inputValue())
      .toBe(`Kyle Huey · ${kyle!.pseudonym}`);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await hidden(dialog);
    await expect.poll(() => sourceRow('vttjs-cycle-collector-talk').textContent()).toContain(kyle!.pseudonym);
    expect(await sourceRow('vttjs-cycle-collector-talk').textContent()).not.toContain('Kyle Huey');
  });

  it('reports a file imported again as already in the lab, and adds nothing', async () => {
    await page.getByLabel('Files to import').setInputFiles(corpusFile(FILES[0]!));
    const results = page.getByRole('region', { name: 'Import results' });
    await shown(results.getByRole('listitem', { name: 'qualcoder-ID1.docx: Already in the lab' }));
    await shown(results.getByText('Import finished: 0 imported · 1 already in the lab'));
    expect(await sources()).toHaveLength(3);
    await results.getByRole('button', { name: 'Dismiss import results' }).click();
    await hidden(results);
  });

  it('edits a source’s kind in its drawer', async () => {
    await sourceRow('qualcoder-transcript').getByRole('cell').nth(2).click();
    const drawer = await shown(page.getByRole('dialog', { name: 'qualcoder-transcript' }));
    await pick(drawer.getByRole('combobox', { name: 'Kind' }), 'Focus group');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await hidden(drawer);
    await expect.poll(() => sourceRow('qualcoder-transcript').textContent()).toContain('Focus group');
  });

  it('creates a code, and retrieves an excerpt coded with it', async () => {
    await goTo(page, 'Codebook');
    await shown(page.getByText('Start from the Millions Learning starter codebook'));
    await page.getByRole('button', { name: 'Create the first code' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'New code' }));
    await dialog.getByLabel('Code name').fill(CODE);
    await dialog.getByRole('button', { name: 'Create code' }).click();
    await hidden(dialog);
    const item = await shown(page.getByRole('tree', { name: 'Codes' }).getByRole('treeitem', { name: CODE }));
    expect(await item.getAttribute('aria-selected')).toBe('true');
    await shown(page.getByText('Nothing coded with this code yet'));

    // The coding view is another page's work; here the excerpt is coded through the API, as it would be.
    const [code] = (await wb.call<CodeLike[]>('codes.list')).filter((c) => c.name === CODE);
    const docx = (await sources()).find((s) => s.format === 'docx')!;
    await wb.call('excerpts.code', { sourceId: docx.id, start: 0, end: FIRST_SENTENCE.length, codeIds: [code!.id] });
    await expect.poll(() => retrievalCount().textContent()).toBe('1 excerpt in 1 source');
    const list = page.getByRole('list', { name: 'Retrieved excerpts' });
    await shown(list.getByRole('button', { name: /I really like learning new things\./ }));
  });

  it('searches, codes all hits as one step, and Ctrl+Z takes that step back', async () => {
    await page.getByRole('heading', { name: 'Codebook', exact: true }).click();
    await page.keyboard.press('Control+Shift+F');
    const drawer = await shown(page.getByRole('dialog', { name: 'Search all sources' }));
    await drawer.getByLabel('Search for').fill('learning');
    await expect.poll(() => drawer.getByTestId('search-summary').textContent()).toBe('4 hits in 2 sources');
    await shown(
      drawer
        .getByRole('list', { name: 'Search hits' })
        .getByRole('button', { name: /qualcoder-transcript/ })
        .first(),
    );

    await drawer.getByRole('button', { name: 'Code all hits…' }).click();
    const modal = await shown(page.getByRole('dialog', { name: 'Code all hits' }));
    await pick(modal.getByRole('combobox', { name: 'Code' }), CODE);
    await modal.getByText('Its sentence').click();
    await modal.getByRole('button', { name: 'Code all hits', exact: true }).click();
    await hidden(modal);
    await shown(page.getByText(new RegExp(`passages coded with “${CODE}”.*Undo with Ctrl\\+Z`)));

    const grown = async () => Number((await retrievalCount().textContent())?.split(' ')[0]);
    await expect.poll(grown).toBeGreaterThan(1);
    expect(await retrievalCount().textContent()).toMatch(/in 2 sources$/);

    // The focus is back on the drawer's button, not in a text field: Ctrl+Z undoes the whole "code all hits".
    await page.keyboard.press('Control+z');
    await expect.poll(() => retrievalCount().textContent()).toBe('1 excerpt in 1 source');
    await page.keyboard.press('Escape');
    await hidden(drawer);
  });

  it('keeps all of it after a reload', async () => {
    await page.reload();
    await goTo(page, 'Sources');
    await expect.poll(() => sourcesTable().getByRole('row').count()).toBe(4);
    const [kyle] = (await wb.call<ParticipantLike[]>('participants.list')).filter((p) => p.displayName === 'Kyle Huey');
    await expect.poll(() => sourceRow('vttjs-cycle-collector-talk').textContent()).toContain(kyle!.pseudonym);
    expect(await sourceRow('qualcoder-transcript').textContent()).toContain('Focus group');

    await goTo(page, 'Codebook');
    await page.getByRole('treeitem', { name: CODE }).click();
    await expect.poll(() => retrievalCount().textContent()).toBe('1 excerpt in 1 source');
    const [code] = (await wb.call<CodeLike[]>('codes.list')).filter((c) => c.name === CODE);
    const stored = await wb.call<{ total: number; excerpts: { text: string }[] }>('excerpts.retrieve', {
      codeId: code!.id,
    });
    expect(stored.total).toBe(1);
    expect(stored.excerpts[0]!.text).toBe(FIRST_SENTENCE);
  });
});
