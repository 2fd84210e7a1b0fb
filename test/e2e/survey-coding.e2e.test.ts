import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePassage, createFirstCodeWhileCoding, findPassage, openForCoding, SETTLES } from './flows';
import { chooseOption, corpusFile, goTo, hidden, launchBrowser, shown, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';

// QualCoder's example surveys (test/fixtures/corpus/SOURCES.md): a free-text question answered by ID4–ID6, and a
// workbook with two free-text questions answered by ID7–ID9.
const CSV = corpusFile('sheets/qualcoder-survey456.csv');
const XLSX = corpusFile('sheets/qualcoder-survey789.xlsx');
const BASELINE_TITLE = 'Survey · freetext · Baseline';

interface Ided {
  id: string;
}

describe('open-ended survey answers: imported through the UI, coded in Coding, filtered by time point', () => {
  let home: string;
  let app: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  const people: Record<string, string> = {};

  beforeAll(async () => {
    home = await tempDir('survey-coding');
    app = await startWorkbench({ home });
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'surveys.scalinglab'), profile: { name: 'Survey lab', startDate: '2026-01-15' } });
    for (const [pseudonym, group] of [['ID4', 'lab'], ['ID5', 'comparison'], ['ID6', 'lab'], ['ID7', 'lab'], ['ID8', 'comparison'], ['ID9', 'lab']]) {
      people[pseudonym!] = (await app.call<Ided>('participants.create', { participant: { displayName: `Person ${pseudonym}`, pseudonym, group } })).id;
    }
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(app.url);
    await goTo(page, 'Tracking');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('imports the baseline survey through the wizard, and its free-text answers become a survey source', async () => {
    await page.getByRole('tab', { name: 'Surveys' }).click();
    await page.getByRole('button', { name: 'Import survey…' }).click();
    const wizard = await shown(page.getByRole('dialog', { name: 'Import a survey' }));
    await wizard.getByLabel('Survey spreadsheet').setInputFiles(CSV);
    await shown(wizard.getByRole('combobox', { name: 'Column E is' }));
    await chooseOption(page, wizard.getByRole('combobox', { name: 'Column A is' }), 'Id or pseudonym');
    for (const letter of ['B', 'C', 'D']) await chooseOption(page, wizard.getByRole('combobox', { name: `Column ${letter} is` }), 'Skip');
    await wizard.getByRole('button', { name: 'Check respondents' }).click();
    await shown(wizard.getByText('Every respondent matches a participant'));
    await wizard.getByRole('button', { name: 'Import answers' }).click();
    await hidden(wizard);

    const sources = await app.call<{ id: string; title: string; kind: string }[]>('sources.list');
    expect(sources.map((s) => [s.title, s.kind])).toEqual([[BASELINE_TITLE, 'survey']]);
    const speakers = await app.call<{ label: string; participantId: string }[]>('speakers.list', { sourceId: sources[0]!.id });
    expect(speakers.map((s) => [s.label, s.participantId])).toEqual([
      ['Respondent 1', people.ID4],
      ['Respondent 2', people.ID5],
      ['Respondent 3', people.ID6],
    ]);
  });

  it('opens the survey source in Coding and codes part of an answer with the mouse', async () => {
    // The endline, with its own respondents, goes in by the API: the filter below must leave its excerpt out.
    const endline = await app.call<{ stored: boolean }>('surveys.importSheet', {
      source: { path: XLSX },
      timePoint: 'endline',
      columns: [
        { column: 'Case', field: 'id' },
        { column: 'Age', field: 'skip' },
        { column: 'Gender', field: 'skip' },
        { column: 'Interest', field: 'skip' },
      ],
    });
    expect(endline.stored).toBe(true);

    await openForCoding(page, BASELINE_TITLE);
    await createFirstCodeWhileCoding(page, 'Time pressure');
    const passage = await findPassage(page, 'work and family life have prevented me');
    await codePassage(page, passage, 'Time pressure');

    const code = (await app.call<{ id: string; name: string }[]>('codes.list')).find((c) => c.name === 'Time pressure')!;
    const pets = (await app.call<{ id: string; title: string }[]>('sources.list')).find((s) => s.title === 'Survey · Qual_pet_opinions · Endline')!;
    const { text } = await app.call<{ text: string }>('sources.get', { id: pets.id });
    const fish = text.indexOf('A fish');
    await app.call('excerpts.code', { sourceId: pets.id, start: fish, end: fish + 'A fish'.length, codeIds: [code.id] });
  });

  it('filters the excerpt list by time point', async () => {
    await goTo(page, 'Evidence');
    await page.getByRole('tab', { name: 'Excerpts' }).click();
    await shown(page.getByText('2 excerpts'));
    const filters = page.getByRole('toolbar', { name: 'Filter excerpts' });
    await filters.getByRole('button', { name: 'Time point' }).click();
    await page.getByRole('group', { name: 'Survey time point' }).getByRole('checkbox', { name: 'Baseline' }).click();
    await page.keyboard.press('Escape');
    await shown(page.getByRole('list', { name: 'Active filters' }).getByText('Time point: Baseline'));
    await shown(page.getByText('1 excerpt', { exact: true }));
    const list = page.getByRole('list', { name: 'Filtered excerpts' });
    await expect.poll(() => list.innerText(), SETTLES).toContain('work and family life have prevented me');
    expect(await list.innerText()).not.toContain('A fish');

    const api = await app.call<{ excerpts: { text: string; participantId: string }[] }>('excerpts.query', { filter: { timePoints: ['baseline'] } });
    expect(api.excerpts.map((e) => [e.text, e.participantId])).toEqual([['work and family life have prevented me', people.ID5]]);
  });
});
