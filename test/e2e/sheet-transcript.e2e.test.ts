import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openForCoding, SETTLES } from './flows';
import { answerCoderPrompt, chooseOption, goTo, hidden, shown, workbenchSession } from './harness';

/** A lesson workbook as a transcriber might keep it: its own headers on the first sheet, a debrief on the second. */
async function lessonWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const lesson = wb.addWorksheet('Lesson');
  lesson.addRow(['Start', 'Who', 'Said']);
  lesson.addRow([new Date(Date.UTC(1899, 11, 30, 0, 0, 5)), 'Facilitator', 'Which groups read a whole paragraph this week?']);
  lesson.addRow([new Date(Date.UTC(1899, 11, 30, 0, 1, 2)), 'Wanjiru', 'Group two did, after the coach came twice.']);
  lesson.addRow([null, null, 'And group three nearly did.']);
  lesson.getColumn(1).numFmt = 'hh:mm:ss';
  const debrief = wb.addWorksheet('Debrief');
  debrief.addRow(['Time', 'Speaker', 'Text']);
  debrief.addRow(['0:10', 'Coach', 'What went well?']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('a spreadsheet transcript through the column-mapping preview', () => {
  const session = workbenchSession('sheets');

  it('previews the sheet, takes a changed mapping, and shows speakers and times in the coding view', async () => {
    const { page, wb } = session;
    await page.goto(wb.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await wb.call('labs.create', { profile: { name: 'Classroom lab', startDate: '2026-01-15' } });
    await shown(page.getByRole('banner').getByText('Classroom lab'));
    await goTo(page, 'Sources');
    await page.getByLabel('Files to import').setInputFiles({
      name: 'lesson.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await lessonWorkbook(),
    });

    const dialog = await shown(page.getByRole('dialog', { name: 'Import “lesson.xlsx” as a transcript' }));
    const field = (label: string) => dialog.getByLabel(label, { exact: true });
    // "Said" is not a header it knows: the time and speaker are found, the text is for the documenter to name.
    await shown(dialog.getByText(/was not recognised as a transcript: its headers are “Start”, “Who”, “Said”/));
    await expect.poll(() => field('Time column').inputValue(), SETTLES).toBe('A · Start');
    expect(await field('Speaker column').inputValue()).toBe('B · Who');
    expect(await field('Text column').inputValue()).toBe('');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await shown(dialog.getByRole('table', { name: 'Preview of the sheet' }).getByText('Group two did, after the coach came twice.'));

    // The other sheet's headers are the usual ones; back on the first, the mapping is chosen by hand.
    await chooseOption(page, field('Worksheet'), 'Debrief');
    await expect.poll(() => field('Text column').inputValue(), SETTLES).toBe('C · Text');
    await chooseOption(page, field('Worksheet'), 'Lesson');
    await expect.poll(() => field('Speaker column').inputValue(), SETTLES).toBe('B · Who');
    await chooseOption(page, field('Text column'), 'C · Said');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await hidden(dialog);

    const results = await shown(page.getByRole('region', { name: 'Import results' }));
    await shown(results.getByText('Import finished: 1 imported'));

    await openForCoding(page, 'lesson');
    const doc = page.getByRole('document', { name: 'lesson' });
    await shown(doc.getByText('Which groups read a whole paragraph this week?'));
    await shown(doc.getByText('Facilitator', { exact: true }));
    await shown(doc.getByText('Wanjiru', { exact: true }));
    await shown(doc.getByText('0:05', { exact: true }));
    await shown(doc.getByText('1:02', { exact: true }));
    // The row without a speaker continued Wanjiru's turn.
    await shown(doc.getByText('Group two did, after the coach came twice. And group three nearly did.'));
  }, 180_000);
});
