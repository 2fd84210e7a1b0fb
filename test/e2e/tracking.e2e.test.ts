import ExcelJS from 'exceljs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  answerCoderPrompt,
  chooseOption,
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

interface Named {
  id: string;
  name: string;
}
interface TimelineLike {
  phases: Named[];
  convenings: (Named & { date: string })[];
}
interface ConveningRateLike {
  name: string;
  recorded: boolean;
  present: number;
  active: number;
  guests: number;
  presentTotal: number;
}
interface SeriesLike {
  points: { date: string; value: number }[];
}
interface TargetLike {
  id: string;
  text: string;
  phaseId: string | null;
  status: string;
  carriedFromId: string | null;
  measures: { id: string; name: string }[];
}
interface GridLike {
  items: { id: string; label: string }[];
  scores: { itemId: string; timePoint: string; score: number | null; excerptIds: string[]; rationale: string }[];
  means: { timePoint: string; mean: number | null }[];
}

const LAB_PEOPLE = [
  { displayName: 'Amina Yusuf', sector: 'government', email: 'amina@county.go.ke' },
  { displayName: 'Baraka Mwangi', sector: 'government', email: '' },
  { displayName: 'Chege Otieno', sector: 'implementer', email: '' },
  { displayName: 'Dina Wekesa', sector: 'civil society', email: 'dina@school.org' },
  { displayName: 'Eli Barasa', sector: 'funder', email: '' },
  { displayName: 'Grace Akinyi', sector: 'community', email: '' },
];
const COMPARISON = [
  { displayName: 'Esther Kamau', sector: 'government', email: '' },
  { displayName: 'Fatuma Ali', sector: 'civil society', email: '' },
];
/** Quotes of the corpus transcript that become the rubric's evidence, one per ingredient. */
const QUOTES = ['I like the course', 'struggling with the lecture slides', 'too many for the short semester period'];
const INGREDIENTS = ['Local education needs', 'Cost-effective learning', 'Elevating teachers'];
const TARGET = 'Coaching visits reach every lab school each term';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function saveWorkbook(path: string, rows: unknown[][], merged?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  for (const r of rows) ws.addRow(r);
  if (merged) ws.mergeCells(merged);
  await writeFile(path, Buffer.from(await wb.xlsx.writeBuffer()));
  return path;
}

describe('tracking: attendance, the action plan, the rubric and surveys, driven through the UI', () => {
  let home: string;
  let app: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let timeline: TimelineLike;
  let sheets: Record<'pointsBad' | 'pointsGood' | 'surveyBaseline' | 'surveyMidline', string>;

  const summaryOf = async (name: string) =>
    (await app.call<{ convenings: ConveningRateLike[] }>('participation.summary')).convenings.find((c) => c.name === name)!;
  const targets = () => app.call<TargetLike[]>('targets.list');
  const measureId = async () => (await targets()).find((t) => t.text === TARGET && !t.carriedFromId)!.measures[0]!.id;

  beforeAll(async () => {
    home = await tempDir('tracking');
    app = await startWorkbench({ home });
    await app.call('labs.create', { path: join(home, 'tracking.scalinglab'), profile: { name: 'Tracking lab', startDate: '2025-06-01' } });
    for (const p of LAB_PEOPLE) await app.call('participants.create', { participant: { ...p, group: 'lab' } });
    for (const p of COMPARISON) await app.call('participants.create', { participant: { ...p, group: 'comparison' } });
    timeline = await app.call<TimelineLike>('timeline.get');

    // Three coded excerpts for the rubric to rest on.
    const [imported] = await app.call<{ sourceId: string }[]>('sources.import', { paths: [corpusFile('text/qualcoder-transcript.txt')] });
    const code = await app.call<{ id: string }>('codes.create', { code: { name: 'Evidence for the rubric', parentId: null } });
    const { text } = await app.call<{ text: string }>('sources.get', { id: imported!.sourceId });
    for (const q of QUOTES) {
      const start = text.indexOf(q);
      expect(start).toBeGreaterThanOrEqual(0);
      await app.call('excerpts.code', { sourceId: imported!.sourceId, start, end: start + q.length, codeIds: [code.id] });
    }

    const dir = await tempDir('tracking-sheets');
    sheets = {
      // A title merged over the header, Excel dates; row 5 holds “n/a” where a number belongs.
      pointsBad: await saveWorkbook(
        join(dir, 'schools-bad.xlsx'),
        [
          ['County QA returns'],
          ['Date', 'Measure', 'Value', 'Note'],
          [day('2025-12-15'), 'Schools reached', 14, 'first term'],
          [day('2026-02-15'), 'Schools reached', 22, null],
          [day('2026-04-15'), 'Schools reached', 'n/a', 'returns late'],
        ],
        'A1:D1',
      ),
      pointsGood: await saveWorkbook(
        join(dir, 'schools.xlsx'),
        [
          ['County QA returns'],
          ['Date', 'Measure', 'Value', 'Note'],
          [day('2025-12-15'), 'Schools reached', 14, 'first term'],
          [day('2026-02-15'), 'Schools reached', 22, null],
          [day('2026-04-15'), 'Schools reached', 35, 'returns late'],
        ],
        'A1:D1',
      ),
      // Matched by email and by name; Peter Njoroge is nobody yet.
      surveyBaseline: await saveWorkbook(join(dir, 'survey-baseline.xlsx'), [
        ['Name', 'Email', 'Satisfaction (1-5)', 'Scaling knowledge (1-5)', 'What do you hope to learn?'],
        ['Amina Y.', 'AMINA@county.go.ke', 3, 2, 'Costing the model'],
        ['baraka  mwangi', null, 4, 3, null],
        ['Chege Otieno', null, 2, 1, null],
        ['Esther Kamau', null, 3, 2, null],
        ['Fatuma Ali', null, 2, 2, null],
        ['Peter Njoroge', 'peter@example.org', 4, 4, 'Working with the county'],
      ]),
      surveyMidline: join(dir, 'survey-midline.csv'),
    };
    await writeFile(
      sheets.surveyMidline,
      [
        'Name,Email,Satisfaction (1-5),Scaling knowledge (1-5)',
        'Amina Yusuf,,4,3',
        'Baraka Mwangi,,5,4',
        'Chege Otieno,,3,3',
        'Peter Njoroge,,4,4',
        'Esther Kamau,,3,2',
        'Fatuma Ali,,3,2',
        '',
      ].join('\r\n'),
    );

    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(app.url);
    await answerCoderPrompt(page, 'Amina Yusuf');
    await goTo(page, 'Tracking');
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('records attendance at two convenings, with a guest and a newcomer, and the chart and table follow', async () => {
    const [first, second] = timeline.convenings;
    await shown(page.getByText('Take attendance at a convening to see who came'));
    const card = page.getByRole('region', { name: 'Attendance', exact: true });

    await chooseOption(page, card.getByRole('combobox', { name: 'Convening' }), new RegExp(`^${first!.name}`));
    await shown(card.getByText('Not taken yet'));
    for (const name of ['Amina Yusuf', 'Baraka Mwangi', 'Dina Wekesa']) await card.getByRole('checkbox', { name }).check();
    await card.getByRole('button', { name: 'Add guest' }).click();
    const spot = await shown(page.getByRole('dialog', { name: 'Add someone who came' }));
    await spot.getByLabel('Name').fill('Mary Wambui');
    await spot.getByLabel('Organisation').fill('Teachers Service Commission');
    await spot.getByRole('button', { name: 'Add guest' }).click();
    await hidden(spot);
    await card.getByRole('button', { name: 'Save attendance' }).click();

    await shown(card.getByTestId('attendance-summary').getByText('3 of 6'));
    expect(await summaryOf(first!.name)).toMatchObject({ recorded: true, present: 3, active: 6, guests: 1 });
    const chart = page.getByTestId('attendance-chart');
    await expect.poll(() => chart.getAttribute('aria-label')).toBe(`Attendance per convening by sector: ${first!.name} 3 present`);
    const rates = page.getByRole('table', { name: 'Participation per convening' });
    await expect.poll(() => rates.getByRole('row', { name: new RegExp(first!.name) }).innerText()).toMatch(/3 of 6\s+3\s+1\s+50%/);

    // The second: everyone, less one, and someone who joins the lab on the spot.
    await chooseOption(page, card.getByRole('combobox', { name: 'Convening' }), new RegExp(`^${second!.name}`));
    await shown(card.getByText('Not taken yet'));
    await card.getByRole('button', { name: 'All present' }).click();
    await card.getByRole('checkbox', { name: 'Chege Otieno' }).uncheck();
    await card.getByRole('button', { name: 'Add as participant…' }).click();
    const newcomer = await shown(page.getByRole('dialog', { name: 'Add someone who came' }));
    await newcomer.getByLabel('Name').fill('Nadia Hassan');
    await newcomer.getByLabel('Organisation').fill('Mvuleni University College');
    await chooseOption(page, newcomer.getByRole('combobox', { name: 'Sector' }), 'Research');
    await newcomer.getByRole('button', { name: 'Add participant' }).click();
    await hidden(newcomer);
    await shown(card.getByText('New participant · present'));
    await card.getByRole('button', { name: 'Save attendance' }).click();

    await shown(card.getByTestId('attendance-summary').getByText('6 of 7'));
    expect(await summaryOf(second!.name)).toMatchObject({ recorded: true, present: 6, active: 7, guests: 0 });
    const people = await app.call<{ displayName: string; sector: string; joinedOn: string }[]>('participants.list');
    expect(people.find((p) => p.displayName === 'Nadia Hassan')).toMatchObject({ sector: 'research', joinedOn: second!.date });
    await expect
      .poll(() => chart.getAttribute('aria-label'))
      .toBe(`Attendance per convening by sector: ${first!.name} 3 present, ${second!.name} 6 present`);
    await expect.poll(() => rates.getByRole('row', { name: new RegExp(second!.name) }).innerText()).toMatch(/6 of 7\s+1\s+0\s+86%/);
    // Government came 2 of 2 and 2 of 2 times: 4 of 4 over both convenings.
    await expect
      .poll(() => page.getByRole('table', { name: 'Participation per sector' }).getByRole('row', { name: /Government/ }).innerText())
      .toMatch(/4 of 4\s+100%/);

    // A responsiveness note, saved on its own.
    await card.getByRole('button', { name: 'Add a responsiveness note for Amina Yusuf' }).click();
    await page.getByRole('dialog').getByText('High', { exact: true }).click();
    await page.getByRole('dialog').getByLabel('Note').fill('Offered the county’s training budget.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(async () => (await app.call<{ level: string; note: string }[]>('participation.notes', {})).map((n) => [n.level, n.note]))
      .toEqual([['high', 'Offered the county’s training budget.']]);
  });

  it('plans a target with a measure, refuses a sheet with a bad row, imports the corrected one and charts it', async () => {
    await page.getByRole('tab', { name: 'Action plan' }).click();
    await page.getByRole('button', { name: 'Add target', exact: true }).click();
    const targetDialog = await shown(page.getByRole('dialog', { name: 'Add target' }));
    await targetDialog.getByRole('textbox', { name: /^Target/ }).fill(TARGET);
    await chooseOption(page, targetDialog.getByRole('combobox', { name: 'Iteration' }), 'Iteration 1');
    await chooseOption(page, targetDialog.getByRole('combobox', { name: 'Status' }), 'In progress');
    await targetDialog.getByRole('button', { name: 'Add target' }).click();
    await hidden(targetDialog);

    const card = await shown(page.getByRole('article', { name: `Target ${TARGET}` }));
    await card.getByRole('button', { name: `Add measure to ${TARGET}` }).click();
    const measureDialog = await shown(page.getByRole('dialog', { name: 'Add measure' }));
    await measureDialog.getByLabel('Measure name').fill('Schools reached');
    await measureDialog.getByLabel('Unit').fill('schools');
    await measureDialog.getByLabel('Baseline').fill('10');
    await measureDialog.getByLabel('Target value').fill('60');
    await measureDialog.getByRole('button', { name: 'Add measure' }).click();
    await hidden(measureDialog);
    const measure = await shown(card.getByRole('group', { name: 'Measure Schools reached' }));
    await shown(measure.getByText('No data points yet', { exact: true }));

    // A sheet with a bad row: the check names the row and nothing is stored.
    await page.getByRole('button', { name: 'Import data points…' }).click();
    const wizard = await shown(page.getByRole('dialog', { name: 'Import data points' }));
    await wizard.getByLabel('Spreadsheet of data points').setInputFiles(sheets.pointsBad);
    await expect.poll(() => wizard.getByRole('combobox', { name: 'Column A holds' }).inputValue()).toBe('Date');
    expect(await wizard.getByRole('combobox', { name: 'Column B holds' }).inputValue()).toBe('Measure name');
    expect(await wizard.getByRole('combobox', { name: 'Column C holds' }).inputValue()).toBe('Value');
    expect(await wizard.getByRole('combobox', { name: 'Column D holds' }).inputValue()).toBe('Note');
    await shown(wizard.getByRole('table', { name: 'Preview of the sheet' }).getByText('n/a'));
    await wizard.getByRole('button', { name: 'Check rows' }).click();
    await shown(wizard.getByText('1 of 3 rows have problems'));
    await shown(wizard.getByText('Nothing is stored until every row is valid', { exact: false }));
    const badRow = wizard.getByRole('table', { name: 'Rows of the sheet' }).locator('tr[data-status="error"]');
    expect(await badRow.innerText()).toMatch(/^5\s+Error\s+value “n\/a” is not a number/);
    expect(await wizard.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    expect((await app.call<SeriesLike>('measures.series', { id: await measureId() })).points).toEqual([]);

    // The corrected sheet is checked at once with the same mapping, then imported.
    await wizard.getByLabel('Corrected spreadsheet').setInputFiles(sheets.pointsGood);
    await shown(wizard.getByText('All 3 rows are valid'));
    await wizard.getByRole('button', { name: 'Import', exact: true }).click();
    await hidden(wizard);

    await expect
      .poll(async () => (await app.call<SeriesLike>('measures.series', { id: await measureId() })).points.map((p) => [p.date, p.value]))
      .toEqual([
        ['2025-12-15', 14],
        ['2026-02-15', 22],
        ['2026-04-15', 35],
      ]);
    const chart = measure.getByRole('img', { name: /^Chart of Schools reached/ });
    await expect.poll(() => chart.getAttribute('aria-label')).toBe('Chart of Schools reached: 3 data points, target 60 schools');
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(3);
    await shown(chart.getByText('Target 60'));
    const points = measure.getByRole('table', { name: 'Data points of Schools reached' });
    await expect.poll(() => points.locator('tbody tr').allInnerTexts()).toEqual([
      expect.stringMatching(/15 Apr 2026\s+35 schools\s+returns late/),
      expect.stringMatching(/15 Feb 2026\s+22 schools/),
      expect.stringMatching(/15 Dec 2025\s+14 schools\s+first term/),
    ]);
    // Progress: (35 − 10) ÷ (60 − 10) = 50%.
    await shown(measure.getByText('Progress 50%'));

    // A point typed in by hand joins the chart.
    const add = measure.getByRole('form', { name: 'Add a data point to Schools reached' });
    await add.getByLabel('Date').fill('2026-05-20');
    await add.getByLabel('Value').fill('41');
    await add.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => chart.locator('.recharts-line-dot').count()).toBe(4);

    // The reflection convening's view.
    await page.getByText('Progress table', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Progress Iteration 1' });
    await expect.poll(() => table.getByRole('row', { name: /Schools reached/ }).innerText()).toMatch(/In progress\s+Schools reached \(schools\)\s+10\s+41\s+60\s+62%/);

    // Carried into the next iteration: the old one is marked, the new one keeps the measure's history.
    await page.getByText('Targets and measures', { exact: true }).click();
    await page.getByRole('button', { name: `More actions for ${TARGET}` }).first().click();
    await page.getByRole('menuitem', { name: 'Carry over to next iteration' }).click();
    await expect.poll(async () => (await targets()).map((t) => t.status).sort()).toEqual(['carried over', 'planned']);
    const iteration2 = page.getByRole('region', { name: 'Action plan Iteration 2' });
    const carried = await shown(iteration2.getByRole('group', { name: 'Measure Schools reached' }));
    await expect.poll(() => carried.locator('.recharts-line-dot').count()).toBe(4);
  });

  it('scores three ingredients at baseline and midline with a linked excerpt each; the grid and chart show them', async () => {
    await page.getByRole('tab', { name: 'Rubric' }).click();
    const grid = await shown(page.getByRole('table', { name: 'Rubric scores' }));
    const scores: Record<string, [number, number]> = { 'Local education needs': [1, 2], 'Cost-effective learning': [2, 3], 'Elevating teachers': [2, 4] };
    const labels: Record<number, string> = { 1: 'Nascent', 2: 'Emerging', 3: 'Established', 4: 'Strong' };
    for (const [i, item] of INGREDIENTS.entries()) {
      for (const [t, timePoint] of (['Baseline', 'Midline'] as const).entries()) {
        const score = scores[item]![t]!;
        await grid.getByRole('button', { name: new RegExp(`^Score ${item} at ${timePoint.toLowerCase()}: not scored`) }).click();
        const drawer = await shown(page.getByRole('dialog', { name: `${item} · ${timePoint}` }));
        await drawer.getByRole('radio', { name: `${score} ${labels[score]}` }).click();
        await drawer.getByLabel('Rationale').fill(`${timePoint} reading of ${item}`);
        await drawer.getByLabel('Find excerpts to link').fill(QUOTES[i]!);
        await drawer.getByRole('button', { name: `Link “${QUOTES[i]}”` }).click();
        await shown(drawer.getByRole('list', { name: 'Linked excerpts' }).getByText(`“${QUOTES[i]}”`));
        await drawer.getByRole('button', { name: 'Save score' }).click();
        await hidden(drawer);
        await shown(grid.getByRole('button', { name: `${score} ${labels[score]}, 1 linked excerpt: score ${item} at ${timePoint.toLowerCase()}` }));
      }
    }

    const state = await app.call<GridLike>('rubric.grid');
    const excerpts = (await app.call<{ excerpts: { excerptId: string; text: string }[] }>('excerpts.query', { filter: {} })).excerpts;
    const idOf = new Map(excerpts.map((e) => [e.text, e.excerptId]));
    const byLabel = new Map(state.items.map((i) => [i.id, i.label]));
    expect(
      state.scores
        .map((s) => [byLabel.get(s.itemId), s.timePoint, s.score, s.excerptIds])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])) || String(a[1]).localeCompare(String(b[1]))),
    ).toEqual([
      ['Cost-effective learning', 'baseline', 2, [idOf.get(QUOTES[1]!)]],
      ['Cost-effective learning', 'midline', 3, [idOf.get(QUOTES[1]!)]],
      ['Elevating teachers', 'baseline', 2, [idOf.get(QUOTES[2]!)]],
      ['Elevating teachers', 'midline', 4, [idOf.get(QUOTES[2]!)]],
      ['Local education needs', 'baseline', 1, [idOf.get(QUOTES[0]!)]],
      ['Local education needs', 'midline', 2, [idOf.get(QUOTES[0]!)]],
    ]);
    // Means: (1 + 2 + 2) ÷ 3 and (2 + 3 + 4) ÷ 3.
    await expect.poll(() => page.getByTestId('rubric-mean-baseline').innerText()).toMatch(/^1\.67/);
    await expect.poll(() => page.getByTestId('rubric-mean-midline').innerText()).toMatch(/^3\b/);
    await expect
      .poll(() => page.getByTestId('rubric-chart').getAttribute('aria-label'))
      .toBe('Rubric means by time point: Baseline 1.67, Midline 3');
    await expect.poll(() => page.getByTestId('rubric-chart').locator('.recharts-bar-rectangle').count()).toBeGreaterThanOrEqual(4);

    // The evidence opens in the coding view.
    await grid.getByRole('button', { name: /: score Elevating teachers at midline/ }).click();
    const drawer = await shown(page.getByRole('dialog', { name: 'Elevating teachers · Midline' }));
    await drawer.getByRole('list', { name: 'Linked excerpts' }).getByRole('button', { name: `“${QUOTES[2]}”`, exact: true }).click();
    await shown(page.getByRole('navigation', { name: 'Sections' }).locator('[aria-current="page"]', { hasText: 'Coding' }));
    await goTo(page, 'Tracking');
    await shown(page.getByRole('table', { name: 'Rubric scores' }));
  });

  it('imports a baseline survey with one unmatched respondent, settles it, adds the midline, and shows the change', async () => {
    await page.getByRole('tab', { name: 'Surveys' }).click();
    await shown(page.getByText('No survey imported yet'));

    await page.getByRole('button', { name: 'Import survey…' }).click();
    let wizard = await shown(page.getByRole('dialog', { name: 'Import a survey' }));
    await wizard.getByLabel('Survey spreadsheet').setInputFiles(sheets.surveyBaseline);
    await expect.poll(() => wizard.getByRole('combobox', { name: 'Column A is' }).inputValue()).toBe('Name');
    expect(await wizard.getByRole('combobox', { name: 'Column B is' }).inputValue()).toBe('Email');
    expect(await wizard.getByRole('combobox', { name: 'Column C is' }).inputValue()).toBe('Question');
    await wizard.getByRole('button', { name: 'Check respondents' }).click();
    await shown(wizard.getByText('1 respondent matches no participant'));
    const unmatched = wizard.getByRole('table', { name: 'Unmatched respondents' });
    expect(await unmatched.locator('tbody tr').allInnerTexts()).toEqual([expect.stringMatching(/^7\s+Peter Njoroge · peter@example\.org/)]);
    const importButton = wizard.getByRole('button', { name: /Import answers|to import/ });
    expect(await importButton.isDisabled()).toBe(true);
    await chooseOption(page, unmatched.getByRole('combobox', { name: 'Settle row 7' }), 'Create a new participant (lab group)');
    await wizard.getByRole('button', { name: 'Import answers' }).click();
    await hidden(wizard);

    const people = await app.call<{ displayName: string; email: string; group: string }[]>('participants.list');
    expect(people.find((p) => p.displayName === 'Peter Njoroge')).toMatchObject({ email: 'peter@example.org', group: 'lab' });
    const answers = await app.call<{ timePoint: string }[]>('surveys.answers', { timePoint: 'baseline' });
    expect(answers).toHaveLength(6 * 2 + 2);

    // The midline, as a CSV: everyone matches now, Peter Njoroge included.
    await page.getByRole('button', { name: 'Import survey…' }).click();
    wizard = await shown(page.getByRole('dialog', { name: 'Import a survey' }));
    await wizard.getByText('Midline', { exact: true }).click();
    await wizard.getByLabel('Survey spreadsheet').setInputFiles(sheets.surveyMidline);
    await wizard.getByRole('button', { name: 'Check respondents' }).click();
    await shown(wizard.getByText('Every respondent matches a participant'));
    await wizard.getByRole('button', { name: 'Import answers' }).click();
    await hidden(wizard);

    // Satisfaction, lab: (3 + 4 + 2 + 4) ÷ 4 = 3.25 → (4 + 5 + 3 + 4) ÷ 4 = 4, +0.75; comparison: 2.5 → 3, +0.5.
    // Knowledge, lab: 2.5 → 3.5, +1; comparison: 2 → 2, 0. The lab changed 0.25 and 1 more than the comparison group.
    const table = page.getByRole('table', { name: 'Survey change' });
    await expect
      .poll(() => table.getByRole('row', { name: /Satisfaction/ }).innerText())
      .toMatch(/Satisfaction \(1-5\)\s+3\.25 n=4\s+4 n=4\s+\+0\.75\s+2\.5 n=2\s+3 n=2\s+\+0\.5\s+\+0\.25/);
    await expect
      .poll(() => table.getByRole('row', { name: /Scaling knowledge/ }).innerText())
      .toMatch(/Scaling knowledge \(1-5\)\s+2\.5 n=4\s+3\.5 n=4\s+\+1\s+2 n=2\s+2 n=2\s+0\s+\+1/);
    await shown(page.getByRole('table', { name: 'Survey questions' }).getByText('What do you hope to learn?'));
  });

  it('opens the Lab page on where the lab stands, and a card leads to its page', async () => {
    await goTo(page, 'Lab');
    const rubric = page.getByRole('region', { name: 'Scaling rubric' });
    // Midline 3 against baseline 1.67 over the same three ingredients.
    await shown(rubric.getByText('+1.33'));
    await shown(rubric.getByText('over 3 ingredients scored at both'));
    const material = page.getByRole('region', { name: 'Material' });
    await shown(material.getByRole('button', { name: /^3\s*Excerpts$/ }));
    await rubric.getByTitle('Open the rubric').click();
    await shown(page.getByRole('tab', { name: 'Rubric', selected: true }));
  });
});
