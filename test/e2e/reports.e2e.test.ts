import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseOption, goTo, hidden, shown, workbenchSession, type RunningWorkbench } from './harness';

interface PmNodeLike {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNodeLike[];
  text?: string;
}
interface ReportLike {
  id: string;
  title: string;
  body: { type: 'doc'; content: PmNodeLike[] };
}
interface ExcerptLike {
  excerptId: string;
  text: string;
  start: number;
  end: number;
  sourceId: string;
}

const HEADING = 'What the county heard';
const PARAGRAPH = 'Coaches moved onto the county payroll in two sub-counties, and head teachers asked for the same.';

const FOOTNOTE = 'County budget circular, March 2026.';

const textOf = (n: PmNodeLike): string => n.text ?? (n.content ?? []).map(textOf).join('');

/** Where screenshots go when SHOTS_DIR is set: to look at the page as a documenter would. */
async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: false });
}

describe('reports: write an iteration report with live quotes and a table, export it to Word and the lab to Excel', () => {
  const session = workbenchSession('reports');
  let home: string;
  let app: RunningWorkbench;
  let page: Page;
  let names: string[];
  let reportId: string;

  const stored = () => app.call<ReportLike>('reports.get', { id: reportId });
  const editor = () => page.getByRole('textbox', { name: /^Text of / });
  const saved = () => shown(page.getByTestId('report-save-status').getByText('Saved', { exact: true }));
  /**
   * Puts the caret at the end of the report. ProseMirror takes a moved DOM caret in on the next
   * selectionchange event, which headless Chromium may deliver after Playwright's next key; so wait for the
   * editor (TipTap hangs itself on its element) to have it, as a person's pause would.
   */
  const caretToEnd = async () => {
    await editor().locator(':scope > p').last().click();
    await page.keyboard.press('Control+End');
    await expect
      .poll(() =>
        editor().evaluate((el) => {
          const { state } = (el as unknown as { editor: { state: { selection: { to: number }; doc: { content: { size: number } } } } }).editor;
          return state.doc.content.size - state.selection.to;
        }),
      )
      .toBeLessThanOrEqual(1);
  };

  beforeAll(async () => {
    ({ home, wb: app, page } = session);
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.openDemo', { path: join(home, 'demo.scalinglab') });
    // The demo comes with its own written report (test/unit/reports/demo-report.test.ts); these steps start from none.
    for (const r of await app.call<ReportLike[]>('reports.list')) await app.call('reports.delete', { id: r.id });
    names = (await app.call<{ displayName: string }[]>('participants.list')).map((p) => p.displayName);
  });

  it('starts an iteration report from the template of reflection questions', async () => {
    await page.goto(app.url);
    await goTo(page, 'Reports');
    await shown(page.getByText('No reports yet', { exact: true }));
    await page.getByRole('button', { name: 'New report' }).first().click();
    const dialog = await shown(page.getByRole('dialog', { name: 'New report' }));
    await chooseOption(page, dialog.getByRole('combobox', { name: 'Iteration' }), 'Iteration 1');
    await dialog.getByRole('button', { name: 'Create report' }).click();
    await hidden(dialog);
    await shown(editor().getByRole('heading', { name: 'What worked and what did not work?' }));
    const [report] = await app.call<ReportLike[]>('reports.list');
    reportId = report!.id;
    expect(report!.title).toBe('Iteration report: Iteration 1');
  });

  it('writes a heading and a paragraph, autosaved', async () => {
    // At the end of the report, after the template's sections (a click in its text, not on a live block).
    await caretToEnd();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Heading 1' }).click();
    await page.keyboard.type(HEADING);
    await page.keyboard.press('Enter');
    await page.keyboard.type(PARAGRAPH);
    await page.getByRole('button', { name: 'Footnote' }).click();
    const note = await shown(page.getByRole('textbox', { name: 'Footnote text' }));
    await note.fill(FOOTNOTE);
    await page.getByRole('button', { name: 'Add footnote' }).click();
    await shown(editor().getByTestId('footnote'));
    await saved();
    // The editor keeps an empty paragraph at the end to type into; it does not count.
    const written = async () => (await stored()).body.content.filter((n) => n.type !== 'paragraph' || textOf(n));
    await expect.poll(async () => (await written()).slice(-2).map((n) => [n.type, textOf(n)])).toEqual([
      ['heading', HEADING],
      ['paragraph', PARAGRAPH],
    ]);
    const paragraph = (await written()).at(-1)!;
    expect(paragraph.content!.at(-1)).toEqual({ type: 'footnote', attrs: { text: FOOTNOTE } });
  });

  it('inserts two quotes and a live table', async () => {
    // One quote with a click on the excerpt…
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Quote…' }).click();
    let picker = await shown(page.getByRole('dialog', { name: 'Insert quotes' }));
    const rows = picker.getByRole('list', { name: 'Excerpts to quote' }).getByRole('listitem');
    await shown(rows.first());
    await rows.nth(0).getByTitle(/^Quote: /).click();
    await hidden(picker);
    await shown(page.getByTestId('live-quote').first());
    // …and one by ticking it, from the keyboard.
    await page.keyboard.press('Control+Alt+q');
    picker = await shown(page.getByRole('dialog', { name: 'Insert quotes' }));
    await shown(rows.nth(2));
    await rows.nth(2).getByRole('checkbox').click();
    await picker.getByRole('button', { name: 'Insert quote' }).click();
    await hidden(picker);
    await expect.poll(() => page.getByTestId('live-quote').count()).toBe(2);

    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Table…' }).click();
    const tableDialog = await shown(page.getByRole('dialog', { name: 'Insert a live table' }));
    await chooseOption(page, tableDialog.getByRole('combobox', { name: 'Shows' }), 'Code frequencies');
    await shown(tableDialog.getByRole('columnheader').first());
    await tableDialog.getByRole('button', { name: 'Insert table' }).click();
    await hidden(tableDialog);
    // The template has live tables of its own (targets, participation, evidence); ours counts the codes.
    const table = await shown(page.getByTestId('live-table').filter({ hasText: 'Live table · Code frequencies' }));
    await shown(table.getByRole('columnheader').first());

    await saved();
    const body = (await stored()).body;
    const quotes = body.content.filter((n) => n.type === 'quote');
    expect(quotes).toHaveLength(2);
    expect(body.content.filter((n) => n.type === 'liveTable').map((n) => n.attrs?.kind)).toContain('codeFrequencies');
    // The quotes are shown pseudonymised, as they will be exported.
    const shownText = await page.getByTestId('live-quote').allInnerTexts();
    for (const n of names) expect(shownText.join('\n')).not.toContain(n);
    await page.getByTestId('live-quote').first().scrollIntoViewIfNeeded();
    await shot(page, 'report-editor');
  });

  it('inserts an excerpt list and a chart, each previewed before it goes in', async () => {
    await caretToEnd();
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Excerpt list…' }).click();
    const listDialog = await shown(page.getByRole('dialog', { name: 'Insert an excerpt list' }));
    await listDialog.getByText('A filter', { exact: true }).click();
    const { total } = await app.call<{ total: number }>('excerpts.query', { filter: {}, limit: 1 });
    await shown(listDialog.getByTestId('excerpt-list-preview').getByText(`${total} excerpts match now; the first 20 will be listed.`));
    await listDialog.getByRole('textbox', { name: 'Heading' }).fill('Everything coded so far');
    await listDialog.getByRole('button', { name: 'Insert list' }).click();
    await hidden(listDialog);
    const list = await shown(page.getByTestId('live-excerpt-list'));
    await shown(list.getByText(`the first 20 of ${total} excerpts`));

    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Chart…' }).click();
    const chartDialog = await shown(page.getByRole('dialog', { name: 'Insert a live chart' }));
    await chooseOption(page, chartDialog.getByRole('combobox', { name: 'Shows' }), 'Participation by convening');
    await shown(chartDialog.locator('.recharts-surface').first());
    await chartDialog.getByRole('button', { name: 'Insert chart' }).click();
    await hidden(chartDialog);
    await saved();
    const body = (await stored()).body.content;
    expect(body.filter((n) => n.type === 'excerptList').map((n) => [n.attrs?.title, n.attrs?.limit])).toEqual([['Everything coded so far', 20]]);
    expect(body.filter((n) => n.type === 'liveChart').map((n) => n.attrs?.kind)).toContain('participation');
  });

  it('marks a quote whose excerpt changed, and one whose excerpt was deleted', async () => {
    const body = (await stored()).body;
    const [first, second] = body.content.filter((n) => n.type === 'quote').map((n) => String(n.attrs!.excerptId));
    const { excerpts } = await app.call<{ excerpts: ExcerptLike[] }>('excerpts.query', { filter: {}, limit: 100 });
    const x = excerpts.find((e) => e.excerptId === first)!;
    await app.call('excerpts.update', { id: first, end: x.end - 5 });
    await app.call('excerpts.delete', { ids: [second] });
    const statuses = page.getByTestId('quote-status');
    await expect.poll(() => statuses.allTextContents()).toEqual(['Changed since quoted', 'Excerpt deleted']);
    await page.getByRole('button', { name: 'Accept the current text' }).click();
    await expect.poll(() => statuses.allTextContents()).toEqual(['Excerpt deleted']);
    await saved();
  });

  async function download(start: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
    const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), start()]);
    const path = join(home, d.suggestedFilename());
    await d.saveAs(path);
    return { download: d, bytes: await readFile(path) };
  }

  it('exports the report to Word, pseudonymised by default, saying so before it writes', async () => {
    await page.getByRole('button', { name: 'Export to Word' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Export to Word' }));
    await shown(dialog.getByTestId('export-privacy').getByText('Names will be pseudonymised'));
    const { download: d, bytes } = await download(() => dialog.getByRole('button', { name: 'Export', exact: true }).click());
    expect(d.suggestedFilename()).toMatch(/^Iteration-report-Iteration-1-.*\.docx$/);
    await shown(dialog.getByTestId('export-result').getByText(/pseudonymised/));
    await shot(page, 'export-dialog');
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const plain = xml.replace(/<[^>]+>/g, '');
    expect(plain).toContain(HEADING);
    expect(plain).toContain(PARAGRAPH.slice(0, 40));
    expect(xml).toContain('w:val="Heading1"');
    expect(xml).toContain('w:val="Quote"');
    for (const n of names) expect(plain).not.toContain(n);
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    expect(footnotes.replace(/<[^>]+>/g, '')).toContain(FOOTNOTE);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);
  });

  it('exports the lab’s data to an Excel workbook', async () => {
    // From the keyboard (the File menu's shortcut), anywhere but in a text field; the page's button does the same.
    await page.getByRole('heading', { name: 'Reports', exact: true }).click();
    await page.keyboard.press('Control+Shift+E');
    const dialog = await shown(page.getByRole('dialog', { name: 'Export to Excel' }));
    const { bytes } = await download(() => dialog.getByRole('button', { name: 'Export', exact: true }).click());
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Codebook', 'Excerpts', 'Sources', 'Rubric']));
    const { total } = await app.call<{ total: number }>('excerpts.query', { filter: {}, limit: 1 });
    expect(wb.getWorksheet('Excerpts')!.actualRowCount).toBe(total + 1);
    const cells: string[] = [];
    wb.getWorksheet('Excerpts')!.eachRow((r) => r.eachCell((c) => cells.push(String(c.value ?? ''))));
    for (const n of names) expect(cells.join('\n')).not.toContain(n);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);
  });

  it('takes an undo from the Edit menu into the open editor', async () => {
    await caretToEnd();
    await page.keyboard.type(' Last words.');
    await saved();
    expect(textOf((await stored()).body as PmNodeLike)).toContain('Last words.');
    // The app's undo (not the editor's): focus out of the text first, as a documenter clicking Undo would.
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => textOf((await stored()).body as PmNodeLike)).not.toContain('Last words.');
    await expect.poll(() => editor().innerText()).not.toContain('Last words.');
  });

  it('will not save over an edit made in another window, and lets the documenter keep theirs', async () => {
    await caretToEnd();
    await page.keyboard.type(' Mine.');
    // Another window renames the report before this one's autosave goes out.
    await app.call('reports.update', { id: reportId, patch: { title: 'Renamed in another window' } });
    const alert = await shown(page.getByRole('alert').filter({ hasText: 'Not saved' }));
    await shown(alert.getByText(/changed in another window/));
    expect(textOf((await stored()).body as PmNodeLike)).not.toContain('Mine.');
    await alert.getByRole('button', { name: 'Keep mine' }).click();
    await saved();
    const after = await stored();
    expect(after.title).toBe('Renamed in another window');
    expect(textOf(after.body as PmNodeLike)).toContain('Mine.');
  });

  it('quotes an excerpt in the report from the Evidence page, under Key quotes', async () => {
    const before = (await stored()).body.content.filter((n) => n.type === 'quote').length;
    await goTo(page, 'Evidence');
    await page.getByRole('tab', { name: 'Excerpts' }).click();
    const list = await shown(page.getByRole('list', { name: 'Filtered excerpts' }));
    const row = list.getByRole('listitem').nth(4);
    await row.getByRole('checkbox').click();
    await page.getByRole('button', { name: 'Quote in report…' }).click();
    await page.getByRole('button', { name: /^Renamed in another window/ }).click();
    await shown(page.getByText(/Quoted the excerpt in “Renamed in another window”/));
    const body = (await stored()).body.content;
    expect(body.filter((n) => n.type === 'quote')).toHaveLength(before + 1);
    const next = body.findIndex((n) => n.type === 'heading' && textOf(n) === 'Next steps');
    expect(body[next - 1]!.type).toBe('quote');
    // The open report shows it when the documenter comes back.
    await goTo(page, 'Reports');
    await expect.poll(() => page.getByTestId('live-quote').count()).toBe(before + 1);
  });

  it('asks before deleting the report, and undo brings it back', async () => {
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = await shown(page.getByRole('dialog', { name: 'Delete report?' }));
    await confirm.getByRole('button', { name: 'Delete report' }).click();
    await hidden(confirm);
    await shown(page.getByText('No reports yet', { exact: true }));
    expect(await app.call('reports.list')).toEqual([]);
    await page.getByRole('button', { name: /^Undo/ }).click();
    await expect.poll(async () => (await app.call<ReportLike[]>('reports.list')).map((r) => r.id)).toEqual([reportId]);
    await shown(page.getByRole('list', { name: 'Reports' }).getByText('Renamed in another window'));
  });
});
