import { rm } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hidden, launchBrowser, shown, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';

interface AppStateLike {
  coderName: string | null;
  lab: { path: string; name: string } | null;
}

const LAB = 'Foundational literacy, Ghana';
const RENAMED = 'First reflection, Tamale';

describe('foundation: a lab made in one window is there after a reload and in a second process', () => {
  let home: string;
  let home2: string;
  let browser: Browser;
  let first: RunningWorkbench;
  let second: RunningWorkbench | undefined;
  let page: Page;

  beforeAll(async () => {
    home = await tempDir('home');
    home2 = await tempDir('home2');
    first = await startWorkbench({ home });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await second?.stop();
    await first?.stop();
    await rm(home, { recursive: true, force: true });
    await rm(home2, { recursive: true, force: true });
  });

  async function answerCoderPrompt(p: Page, name: string) {
    const prompt = await shown(p.getByRole('dialog', { name: 'Who is working?' }));
    await prompt.getByRole('button', { name: 'Start working' }).click();
    await shown(prompt.getByText('Type your name'));
    await prompt.getByLabel('Your name').fill(name);
    await prompt.getByRole('button', { name: 'Start working' }).click();
    await hidden(prompt);
  }

  async function goTo(p: Page, section: string) {
    await p.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section }).click();
  }

  it('asks who is working on first start, and remembers it', async () => {
    await page.goto(first.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await shown(page.getByText('No labs yet'));
    expect((await first.call<AppStateLike>('app.state')).coderName).toBe('Amina Yusuf');
  });

  it('creates a lab in browser mode and fills and saves its profile', async () => {
    await page.getByRole('button', { name: 'New lab' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'New lab' }));
    await dialog.getByRole('button', { name: 'Create lab' }).click();
    await shown(dialog.getByText('A lab needs a name'));
    await dialog.getByLabel('Lab name').fill(LAB);
    await dialog.getByLabel('Start date').fill('2026-01-15');
    await dialog.getByLabel('Country').fill('Ghana');
    await dialog.getByRole('button', { name: 'Create lab' }).click();
    await hidden(dialog);
    await shown(page.getByRole('heading', { name: 'Lab profile' }));
    await shown(page.getByRole('banner').getByText(LAB));

    const profile = page.getByRole('region', { name: 'Lab profile' });
    await profile.getByLabel('City').fill('Accra');
    await profile.getByLabel('Local partner').fill('Ghana Education Service');
    await profile.getByRole('combobox', { name: 'Initiatives being scaled' }).fill('Teaching at the Right Level');
    await page.keyboard.press('Enter');
    await profile.getByLabel('Problem addressed').fill('Two in three P4 pupils cannot read a paragraph.');
    await profile.getByLabel('Scaling goal').fill('Targeted instruction in every district by 2028.');
    await profile.getByText('Horizontal', { exact: true }).click();
    await profile.getByText('Replication', { exact: true }).click();
    await shown(profile.getByText('Unsaved changes'));
    await profile.getByLabel('Lab name').fill('');
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await shown(profile.getByText('A lab needs a name'));
    await profile.getByLabel('Lab name').fill(LAB);
    await profile.getByRole('button', { name: 'Save profile' }).click();
    await shown(profile.getByText('All changes saved'));

    // Saving the profile must keep what was given at creation (the country) as well as store the edits.
    const lab = await first.call<Record<string, unknown>>('lab.get');
    expect(lab).toMatchObject({
      name: LAB,
      country: 'Ghana',
      city: 'Accra',
      startDate: '2026-01-15',
      pathways: ['horizontal'],
      approach: 'replication',
      initiatives: ['Teaching at the Right Level'],
    });
  });

  it('renames and redates a convening', async () => {
    await page.getByRole('button', { name: 'Edit convening Reflection convening 1' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Edit convening' }));
    await dialog.getByLabel('Convening name').fill(RENAMED);
    await dialog.getByLabel(/^Date/).fill('2026-12-03');
    await dialog.getByRole('button', { name: 'Save convening' }).click();
    await hidden(dialog);
    // Still under its phase: an edit of the name and date must not detach it.
    const iteration1 = page.getByRole('article', { name: 'Phase Iteration 1' });
    const row = await shown(iteration1.getByRole('listitem', { name: `Convening ${RENAMED}` }));
    await expect.poll(() => row.textContent()).toContain('3 Dec 2026');
    await hidden(page.getByRole('listitem', { name: 'Convening Reflection convening 1' }));
  });

  it('adds two participants; the store gives the pseudonyms', async () => {
    await goTo(page, 'People');
    await shown(page.getByText('No participants yet'));
    await page.getByRole('button', { name: 'Add participant', exact: true }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Add participant' }));
    await dialog.getByLabel('Display name').fill('Kwame Mensah');
    await dialog.getByLabel('Organisation').fill('Ministry of Education');
    await dialog.getByRole('combobox', { name: 'Sector' }).click();
    await page.getByRole('option', { name: 'Government' }).click();
    await dialog.getByRole('button', { name: 'Add attribute' }).click();
    await dialog.getByLabel('Attribute 1 name').fill('district');
    await dialog.getByLabel('Attribute 1 value').fill('Tamale');
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await shown(dialog.getByText('GOV-01'));
    await dialog.getByRole('button', { name: 'Add another' }).click();
    await dialog.getByLabel('Display name').fill('Esi Owusu');
    await dialog.getByRole('button', { name: 'Add participant' }).click();
    await shown(dialog.getByText('P-01'));
    await dialog.getByRole('button', { name: 'Done' }).click();
    await hidden(dialog);

    const table = page.getByRole('table', { name: 'Participants' });
    await shown(table.getByRole('row', { name: /Kwame Mensah/ }));
    await shown(table.getByRole('row', { name: /Esi Owusu/ }));
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('2 participants');
    await shown(table.getByRole('columnheader', { name: 'district' }));
  });

  it('undoes the last edit with Ctrl+Z outside text fields, but not while typing', async () => {
    const table = page.getByRole('table', { name: 'Participants' });
    await table.getByRole('row', { name: /Esi Owusu/ }).click();
    const drawer = await shown(page.getByRole('dialog', { name: 'Edit Esi Owusu' }));
    await drawer.getByLabel('Organisation').fill('Pratham Africa');
    await drawer.getByRole('button', { name: 'Save changes' }).click();
    await hidden(drawer);
    const esi = table.getByRole('row', { name: /Esi Owusu/ });
    await expect.poll(() => esi.textContent()).toContain('Pratham Africa');

    // Editing one field of Kwame keeps his sector and attributes.
    await table.getByRole('row', { name: /Kwame Mensah/ }).click();
    const kwameDrawer = await shown(page.getByRole('dialog', { name: 'Edit Kwame Mensah' }));
    await kwameDrawer.getByLabel('Role').fill('Director of basic education');
    await kwameDrawer.getByRole('button', { name: 'Save changes' }).click();
    await hidden(kwameDrawer);
    const kwame = table.getByRole('row', { name: /Kwame Mensah/ });
    await expect.poll(() => kwame.textContent()).toContain('Director of basic education');
    expect(await kwame.textContent()).toMatch(/GOV-01.*Government.*Tamale/);
    await page.getByRole('heading', { name: 'People' }).click();
    await page.keyboard.press('Control+z');
    await shown(page.getByText('Undone: Edit participant'));
    await expect.poll(() => kwame.textContent()).not.toContain('Director of basic education');

    // In the search box Ctrl+Z belongs to the text: the lab must not change.
    const search = page.getByRole('textbox', { name: 'Search participants' });
    await search.fill('owusu');
    await search.press('Control+z');
    await search.fill('');
    await expect.poll(() => esi.textContent()).toContain('Pratham Africa');

    await page.getByRole('heading', { name: 'People' }).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => esi.textContent()).not.toContain('Pratham Africa');
    const esiStored = (await first.call<{ displayName: string; organisation: string }[]>('participants.list')).find(
      (p) => p.displayName === 'Esi Owusu',
    );
    expect(esiStored?.organisation).toBe('');

    // Redo and undo again through the header buttons, which run the same commands.
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => esi.textContent()).toContain('Pratham Africa');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => esi.textContent()).not.toContain('Pratham Africa');
    expect(await first.call<{ undoLabel: string | null }>('history.state')).toMatchObject({
      undoLabel: 'Add participant P-01',
    });
  });

  it('keeps everything after a reload', async () => {
    await page.reload();
    await shown(page.getByRole('banner').getByText(LAB));
    const profile = await shown(page.getByRole('region', { name: 'Lab profile' }));
    expect(await profile.getByLabel('City').inputValue()).toBe('Accra');
    expect(await profile.getByLabel('Local partner').inputValue()).toBe('Ghana Education Service');
    await shown(page.getByRole('listitem', { name: `Convening ${RENAMED}` }));
    await goTo(page, 'People');
    await expect.poll(() => page.getByTestId('people-count').textContent()).toBe('2 participants');
    const esi = await shown(page.getByRole('row', { name: /Esi Owusu/ }));
    expect(await esi.textContent()).not.toContain('Pratham Africa');
  });

  it('shows the same lab to a second server process opened on the same file', async () => {
    const state = await first.call<AppStateLike>('app.state');
    expect(state.lab?.path).toMatch(/\.scalinglab$/);
    second = await startWorkbench({ home: home2, lab: state.lab!.path });
    const page2 = await browser.context.newPage();
    await page2.goto(second.url);
    await answerCoderPrompt(page2, 'Second Coder');
    await shown(page2.getByRole('banner').getByText(LAB));
    await shown(page2.getByRole('listitem', { name: `Convening ${RENAMED}` }));
    const profile = page2.getByRole('region', { name: 'Lab profile' });
    expect(await profile.getByLabel('City').inputValue()).toBe('Accra');
    await goTo(page2, 'People');
    await expect.poll(() => page2.getByTestId('people-count').textContent()).toBe('2 participants');
    await shown(page2.getByRole('row', { name: /Kwame Mensah/ }));
    await shown(page2.getByRole('row', { name: /Esi Owusu/ }));
  });
});
