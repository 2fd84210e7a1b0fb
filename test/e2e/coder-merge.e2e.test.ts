import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerCoderPrompt, chooseOption, goTo, hidden, shown, workbenchSession } from './harness';

interface Coded {
  excerptId: string;
  codeIds: string[];
  coderNames: string[];
}

describe('a second coder: save a copy for coding, code differently in it, merge it back, compare the two coders', () => {
  const session = workbenchSession('coder-merge');
  let copyPath: string;
  let demoPath: string;

  /** Every excerpt of the open lab with its codes and the names of the coders who applied them. */
  const excerpts = async (): Promise<Coded[]> =>
    (await session.wb.call<{ excerpts: Coded[] }>('excerpts.query', { filter: {}, limit: 100000 })).excerpts;
  const byBaraka = async () => (await excerpts()).filter((e) => e.coderNames.includes('Baraka Otieno'));

  it('saves a blind copy for a second coder from the header (File menu in the app)', async () => {
    const { page, wb, home } = session;
    await page.goto(wb.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await page.getByRole('button', { name: 'Open the demo lab' }).click();
    await shown(page.getByRole('banner').getByText(/Soma Pamoja/));
    demoPath = (await wb.call<{ lab: { path: string } }>('app.state')).lab.path;

    await page.getByRole('button', { name: 'Save a Copy for Coding…' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Save a Copy for Coding' }));
    await dialog.getByLabel('Second coder').fill('Baraka Otieno');
    await expect.poll(() => dialog.getByRole('checkbox', { name: /Hide the other coders/ }).isChecked()).toBe(true);
    copyPath = join(home, 'labs', 'for-baraka.scalinglab');
    await dialog.getByLabel('Save the copy as').fill(copyPath);
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await hidden(dialog);
    await shown(page.getByText('Copy for coding saved'));
  });

  it('the second coder codes differently in the copy', async () => {
    const { wb } = session;
    await wb.call('app.setCoder', { name: 'Baraka Otieno' });
    await wb.call('labs.open', { path: copyPath });
    expect(await excerpts()).toEqual([]);
    const sources = await wb.call<{ id: string }[]>('sources.list');
    const codes = await wb.call<{ id: string }[]>('codes.list');
    await wb.call('excerpts.code', { sourceId: sources[0]!.id, start: 0, end: 30, codeIds: [codes[0]!.id] });
    await wb.call('excerpts.code', { sourceId: sources[1]!.id, start: 5, end: 80, codeIds: [codes[1]!.id, codes[2]!.id] });
    expect((await excerpts()).map((e) => e.coderNames)).toEqual([['Baraka Otieno'], ['Baraka Otieno']]);
    await wb.call('app.setCoder', { name: 'Amina Yusuf' });
    await wb.call('labs.open', { path: demoPath });
  });

  it('merges it back: the preview counts what comes in, the merge brings it with its coder, one undo takes it back', async () => {
    const { page } = session;
    await shown(page.getByRole('banner').getByText(/Soma Pamoja/));
    const before = await excerpts();
    expect(await byBaraka()).toEqual([]);
    await page.getByRole('button', { name: 'Merge a Coder’s Copy…' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Merge a Coder’s Copy' }));
    await dialog.getByLabel('Coding copy').fill(copyPath);
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const table = await shown(dialog.getByRole('table', { name: 'What comes in from the copy' }));
    const row = (what: string) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: what, exact: true }) });
    await expect.poll(() => row('Codings').getByRole('cell').last().innerText()).toBe('3');
    expect(await row('Coders').getByRole('cell').last().innerText()).toBe('1');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await hidden(dialog);

    const after = await excerpts();
    expect(after).toHaveLength(before.length + 2);
    expect(after).toEqual(expect.arrayContaining(before));
    const baraka = await byBaraka();
    expect(baraka.flatMap((e) => e.codeIds)).toHaveLength(3);

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(async () => (await excerpts()).length).toBe(before.length);
    expect(await byBaraka()).toEqual([]);
  });

  it('after redo, the agreement table compares the two coders and clicks through to a disagreement, then to the source', async () => {
    const { page, wb } = session;
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect.poll(async () => (await byBaraka()).length).toBe(2);
    const firstCoder = (await excerpts()).find((e) => !e.coderNames.includes('Baraka Otieno'))!.coderNames[0]!;
    const code = (await wb.call<{ id: string; name: string }[]>('codes.list'))[0]!;

    await goTo(page, 'Agreement');
    await shown(page.getByRole('heading', { name: 'Coder agreement' }));
    await chooseOption(page, page.getByRole('combobox', { name: 'Coder A' }), firstCoder);
    await chooseOption(page, page.getByRole('combobox', { name: 'Coder B' }), 'Baraka Otieno');
    const table = await shown(page.getByRole('table', { name: 'Agreement per code' }));
    await table.getByRole('button', { name: `${code.name}: show disagreements` }).click();

    // Baraka coded the first 30 characters of a source with this code, where the first coder did not.
    const list = await shown(page.getByRole('list', { name: `Disagreements on ${code.name}` }));
    const passage = list.getByRole('listitem').filter({ hasText: 'Baraka Otieno' }).first();
    await shown(passage);
    expect(await passage.innerText()).toContain(firstCoder);
    await passage.getByRole('button', { name: /in the coding view$/ }).click();
    await shown(page.getByRole('complementary', { name: 'Codebook' }));
  });
});
