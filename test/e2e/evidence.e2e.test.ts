import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusFile, hidden, launchBrowser, shown, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';

const DOCX = corpusFile('docx/qualcoder-ID1.docx');
const TXT = corpusFile('text/qualcoder-transcript.txt');

interface Ided {
  id: string;
}
interface DimensionLike extends Ided {
  key: string;
  values: (Ided & { key: string; label: string })[];
}
interface TagLike {
  valueId: string;
  inherited: boolean;
}
interface QueryResultLike {
  total: number;
  excerpts: { excerptId: string }[];
}

describe('evidence: source defaults, own tags, bulk tags, filters, overview and matrices', () => {
  let home: string;
  let app: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let txtId: string;
  let text: string;
  const v: Record<string, string> = {};
  const ex: Record<string, string> = {};
  let iteration1: string;

  const tagsOf = async (ids: string[]) => app.call<Record<string, TagLike[]>>('evidence.excerptTags', { excerptIds: ids });
  const row = (id: string): Locator => page.locator(`[data-excerpt-id="${id}"]`);
  const listedIds = (scope: Locator) => scope.locator('[data-excerpt-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-excerpt-id')!).sort());
  const listed = (list: string) => page.getByRole('list', { name: list });

  /** Codes the first occurrence of `phrase` (from `after`) in the transcript and returns the excerpt's id. */
  async function code(phrase: string, codeIds: string[], after = 0): Promise<string> {
    const start = text.indexOf(phrase, after);
    expect(start, phrase).toBeGreaterThanOrEqual(0);
    return (await app.call<Ided>('excerpts.code', { sourceId: txtId, start, end: start + phrase.length, codeIds })).id;
  }

  beforeAll(async () => {
    home = await tempDir('evidence');
    app = await startWorkbench({ home });
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'evidence.scalinglab'), profile: { name: 'Evidence lab', startDate: '2026-01-15' } });
    const results = await app.call<{ status: string; sourceId: string }[]>('sources.import', { paths: [DOCX, TXT] });
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
    const docxId = results[0]!.sourceId;
    txtId = results[1]!.sourceId;

    const { phases } = await app.call<{ phases: (Ided & { name: string })[] }>('timeline.get');
    iteration1 = phases.find((p) => p.name === 'Iteration 1')!.id;
    await app.call('sources.update', { id: txtId, patch: { phaseId: iteration1 } });
    await app.call('sources.update', { id: docxId, patch: { phaseId: phases[0]!.id } });

    // id1 and id3 speak for government, id2 for civil society.
    const people = { id1: 'government', id2: 'civil society', id3: 'government' } as const;
    for (const [label, sector] of Object.entries(people)) {
      const p = await app.call<Ided>('participants.create', { participant: { displayName: `Speaker ${label}`, sector } });
      await app.call('speakers.map', { sourceId: txtId, label, participantId: p.id });
    }

    const dims = await app.call<DimensionLike[]>('evidence.dimensions');
    for (const d of dims) for (const x of d.values) v[`${d.key}.${x.key}`] = x.id;

    const course = (await app.call<Ided>('codes.create', { code: { name: 'Course experience' } })).id;
    const workload = (await app.call<Ided>('codes.create', { code: { name: 'Workload' } })).id;
    const slides = (await app.call<Ided>('codes.create', { code: { name: 'Slides' } })).id;
    text = (await app.call<{ text: string }>('sources.get', { id: txtId })).text;
    ex.likeCourse = await code('I like the course', [course]); // id1
    ex.slides = await code('I am struggling with the lecture slides', [slides]); // id2
    ex.assignments = await code("I don't like all the assignments", [workload]); // id3
    ex.tooMuch = await code('there was too much needed for the wrtitten assignments', [workload]); // id1
    ex.tooMuchInner = await code('too much needed', [course]); // id1, inside the one before: they overlap
    ex.goodCourse = await code("It's a good course overall", [course]); // id3
    ex.help = await code('I am really struggling', [slides]); // id2
    const docText = (await app.call<{ text: string }>('sources.get', { id: docxId })).text;
    const at = docText.indexOf(' ') + 1;
    ex.docx = (await app.call<Ided>('excerpts.code', { sourceId: docxId, start: 0, end: at + 10, codeIds: [course] })).id;

    browser = await launchBrowser();
    page = await browser.context.newPage();
    // Tall enough that every excerpt row of the test lab is rendered by the virtualised list.
    await page.setViewportSize({ width: 1400, height: 2200 });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await rm(home, { recursive: true, force: true });
  });

  it('tags a source as research evidence, and its excerpts show it as inherited', async () => {
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Evidence' }).click();
    await page.getByRole('tab', { name: 'Source defaults' }).click();
    const source = await shown(page.getByRole('listitem', { name: 'qualcoder-transcript' }));
    // Chips are checkboxes drawn as labels: the documenter clicks the label.
    await source.getByText('Research evidence', { exact: true }).click();
    await expect.poll(() => source.getByRole('checkbox', { name: 'Research evidence' }).isChecked()).toBe(true);
    await expect.poll(() => app.call<string[]>('evidence.sourceTags', { sourceId: txtId })).toEqual([v['type.research']]);

    await page.getByRole('tab', { name: 'Excerpts' }).click();
    await shown(page.getByText('8 excerpts'));
    const txtExcerpts = Object.entries(ex).filter(([k]) => k !== 'docx').map(([, id]) => id);
    for (const id of txtExcerpts) {
      await shown(row(id).locator('[data-tag-state="inherited"]', { hasText: 'Research evidence' }));
    }
    // The .docx source has no defaults, so its excerpt has no tag at all.
    await expect.poll(() => row(ex.docx!).locator('[data-tag-state]').count()).toBe(0);
    const tags = await tagsOf(txtExcerpts);
    for (const id of txtExcerpts) expect(tags[id]).toEqual([expect.objectContaining({ valueId: v['type.research'], inherited: true })]);
  });

  it('overrides one excerpt to practice-informed advice with its tag bar, shown as its own', async () => {
    await row(ex.slides!).getByRole('button', { name: /^Edit evidence tags/ }).click();
    const bar = await shown(page.getByRole('group', { name: 'Evidence tags' }));
    await shown(bar.getByRole('button', { name: 'Research evidence (inherited from the source)' }));
    await bar.getByRole('button', { name: 'Practice-informed advice' }).click();
    await shown(bar.getByRole('button', { name: 'Practice-informed advice', pressed: true }));
    await page.keyboard.press('Escape');
    await hidden(bar);

    await shown(row(ex.slides!).locator('[data-tag-state="own"]', { hasText: 'Practice-informed advice' }));
    await expect.poll(() => row(ex.slides!).getByText('Research evidence').count()).toBe(0);
    expect((await tagsOf([ex.slides!]))[ex.slides!]).toEqual([expect.objectContaining({ valueId: v['type.practice'], inherited: false })]);
    // The other excerpts of the source still inherit.
    expect((await tagsOf([ex.help!]))[ex.help!]).toEqual([expect.objectContaining({ valueId: v['type.research'], inherited: true })]);
  });

  it('bulk-tags three listed excerpts with a use value in one undoable step', async () => {
    const three = [ex.likeCourse!, ex.assignments!, ex.goodCourse!];
    for (const id of three) await row(id).getByRole('checkbox').click();
    const bar = await shown(page.getByRole('toolbar', { name: 'Selected excerpts' }));
    await shown(bar.getByText('3 selected'));
    await bar.getByRole('button', { name: 'Tag…' }).click();
    const picker = await shown(page.getByRole('dialog', { name: 'Tag…' }));
    await picker.getByText('Instrumental', { exact: true }).click();
    await picker.getByRole('button', { name: 'Tag 3 excerpts' }).click();
    await hidden(picker);

    for (const id of three) await shown(row(id).locator('[data-tag-state="own"]', { hasText: 'Instrumental' }));
    const tags = await tagsOf(Object.values(ex));
    const instrumental = Object.entries(tags)
      .filter(([, list]) => list.some((t) => t.valueId === v['use.instrumental'] && !t.inherited))
      .map(([id]) => id)
      .sort();
    expect(instrumental).toEqual([...three].sort());
    // Tagging a use leaves the inherited type alone.
    expect(tags[ex.likeCourse!]).toContainEqual(expect.objectContaining({ valueId: v['type.research'], inherited: true }));
    expect((await app.call<{ undoLabel: string | null }>('history.state')).undoLabel).toBe('Tag 3 excerpts');
    await bar.getByRole('button', { name: 'Clear selection' }).click();
  });

  it('filters the list by evidence type and speaker sector', async () => {
    const filters = page.getByRole('toolbar', { name: 'Filter excerpts' });
    await filters.getByRole('button', { name: 'Evidence' }).click();
    await page.getByRole('group', { name: 'Evidence type' }).getByRole('checkbox', { name: 'Research evidence' }).click();
    await page.keyboard.press('Escape');
    await filters.getByRole('button', { name: 'Speaker' }).click();
    await page.getByRole('group', { name: 'Sector' }).getByRole('checkbox', { name: 'Government' }).click();
    await page.keyboard.press('Escape');
    await shown(page.getByRole('list', { name: 'Active filters' }).getByText('Evidence type: Research evidence'));
    await shown(page.getByRole('list', { name: 'Active filters' }).getByText('Sector: Government'));

    // Government speakers are id1 and id3; the overridden excerpt (id2) and the .docx (no speaker) drop out.
    const expected = [ex.likeCourse, ex.assignments, ex.tooMuch, ex.tooMuchInner, ex.goodCourse].map(String).sort();
    await shown(page.getByText('5 excerpts'));
    await expect.poll(() => listedIds(listed('Filtered excerpts'))).toEqual(expected);
    const api = await app.call<QueryResultLike>('excerpts.query', { filter: { evidence: [v['type.research']], sectors: ['government'] } });
    expect(api.excerpts.map((x) => x.excerptId).sort()).toEqual(expected);

    await page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: 'Clear' }).click();
    await shown(page.getByText('8 excerpts'));
  });

  it('opens the overview and clicks the research evidence × Iteration 1 cell through to its excerpts', async () => {
    await page.getByRole('tab', { name: 'Overview' }).click();
    const table = await shown(page.getByRole('table', { name: 'Evidence type × Phase' }));
    // Every transcript excerpt but the overridden one inherits research evidence; the transcript is in Iteration 1.
    const expected = Object.entries(ex)
      .filter(([k]) => k !== 'docx' && k !== 'slides')
      .map(([, id]) => id)
      .sort();
    await table.getByRole('button', { name: `Research evidence × Iteration 1: ${expected.length} excerpts` }).click();
    const drawer = await shown(page.getByRole('dialog', { name: 'Research evidence × Iteration 1' }));
    await expect.poll(() => listedIds(drawer)).toEqual(expected);
    const api = await app.call<string[]>('analysis.cell', {
      rows: { kind: 'dimension', dimensionId: (await app.call<DimensionLike[]>('evidence.dimensions')).find((d) => d.key === 'type')!.id },
      cols: { kind: 'phase' },
      row: v['type.research'],
      col: iteration1,
    });
    expect([...api].sort()).toEqual(expected);
    await page.keyboard.press('Escape');
    await hidden(drawer);

    // A total opens its excerpts too: every research-evidence excerpt, whatever its phase.
    await table.getByRole('button', { name: `Research evidence, total: ${expected.length} excerpts` }).click();
    const total = await shown(page.getByRole('dialog', { name: 'Research evidence: total' }));
    await expect.poll(() => listedIds(total)).toEqual(expected);
    await page.keyboard.press('Escape');
    await hidden(total);
  });

  it('opens the co-occurrence matrix and clicks a cell through to the overlapping excerpts', async () => {
    await page.getByRole('tab', { name: 'Matrices' }).click();
    const matrix = await shown(page.getByRole('table', { name: 'Code × Code' }));
    await matrix.getByRole('button', { name: 'Workload × Course experience: 1 excerpt' }).click();
    const drawer = await shown(page.getByRole('dialog', { name: 'Workload with Course experience' }));
    // The Workload excerpt that overlaps a Course experience excerpt ("…too much needed…", not the other Workload
    // excerpt), with the Course experience excerpt it overlaps.
    await expect.poll(() => listedIds(drawer)).toEqual([ex.tooMuch, ex.tooMuchInner].sort());
    await shown(drawer.getByText('there was too much needed for the wrtitten assignments', { exact: true }));
    await page.keyboard.press('Escape');
    await hidden(drawer);
  });

  it('writes a phase journal that saves itself, and links excerpts to it', async () => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Memos' }).click();
    await page.getByRole('button', { name: 'Journal' }).click();
    await page.getByRole('menuitem', { name: 'Journal for Iteration 1' }).click();
    const editor = await shown(page.getByRole('textbox', { name: 'Text of Journal — Iteration 1' }));
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Students found the workload too heavy.');
    interface MemoLike extends Ided {
      title: string;
      body: string;
      targetKind: string;
      targetId: string;
      excerptIds: string[];
    }
    const journal = async () => (await app.call<MemoLike[]>('memos.list', { targetKind: 'phase' }))[0];
    await expect.poll(async () => (await journal())?.body ?? '', { timeout: 5000 }).toContain('Students found the workload too heavy.');
    expect(await journal()).toMatchObject({ title: 'Journal — Iteration 1', targetId: iteration1 });

    await page.getByRole('button', { name: 'Link excerpts…' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Link excerpts to “Journal — Iteration 1”' }));
    await dialog.locator(`[data-excerpt-id="${ex.tooMuch}"]`).getByRole('checkbox').click();
    await dialog.getByRole('button', { name: 'Link 1 excerpt' }).click();
    await hidden(dialog);
    await expect.poll(async () => (await journal())?.excerptIds).toEqual([ex.tooMuch]);
    await shown(page.getByRole('list', { name: 'Excerpts linked to Journal — Iteration 1' }).locator(`[data-excerpt-id="${ex.tooMuch}"]`));
  });
});
