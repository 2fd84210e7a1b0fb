import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openForCoding, undoWithKeyboard } from './flows';
import { goTo, shown, workbenchSession, type RunningWorkbench } from './harness';

interface BlockLike {
  kind: string;
  start: number;
  end: number;
}
interface SourceDocumentLike {
  text: string;
  blocks: BlockLike[];
  excerpts: { start: number; end: number; codes: { codeId: string }[] }[];
}
interface SuggestionLike {
  start: number;
  target: { kind: string; codeId?: string };
}

const PARAGRAPHS = [
  'The county literacy coach visits every school each month to observe reading lessons.',
  'Teachers group the children by reading level and the coach checks the grouping.',
  'Our budget for transport was cut, so fewer visits happened this term.',
  'Funding for fuel and transport allowances ran out in March.',
  'The coach watched a reading lesson and gave the teacher feedback on grouping by level.',
  'Money for the allowances and for transport is the biggest constraint we face.',
];

describe('the coding assistant: suggestions in the coding view, accept, reject, undo', () => {
  const session = workbenchSession('assistant');
  let home: string;
  let app: RunningWorkbench;
  let page: Page;
  let sourceId: string;
  let coaching: string;
  let funding: string;
  let blocks: BlockLike[];

  const doc = () => app.call<SourceDocumentLike>('sources.get', { id: sourceId });
  const row = (paragraph: number, code: string) =>
    page.getByRole('list', { name: 'Suggestions' }).getByRole('listitem', { name: new RegExp(`^Suggested code ${code}, .*${PARAGRAPHS[paragraph]!.slice(0, 30)}`) });

  beforeAll(async () => {
    ({ home, wb: app, page } = session);
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'assistant.scalinglab'), profile: { name: 'Assistant lab', startDate: '2026-01-15' } });
    const data = Buffer.from(PARAGRAPHS.join('\n\n'), 'utf8').toString('base64');
    const [result] = await app.call<{ status: string; sourceId: string }[]>('sources.import', { files: [{ name: 'district-officer.txt', data }] });
    expect(result!.status).toBe('imported');
    sourceId = result!.sourceId;
    coaching = (await app.call<{ id: string }>('codes.create', { code: { name: 'Coaching', parentId: null } })).id;
    funding = (await app.call<{ id: string }>('codes.create', { code: { name: 'Funding', parentId: null } })).id;
    blocks = (await doc()).blocks.filter((b) => b.kind === 'paragraph');
    expect(blocks).toHaveLength(PARAGRAPHS.length);
    // A few passages coded the ordinary way: two of each code.
    for (const [i, codeId] of [coaching, coaching, funding, funding].entries()) {
      await app.call('excerpts.code', { sourceId, start: blocks[i]!.start, end: blocks[i]!.end, codeIds: [codeId] });
    }
  });

  it('shows suggestions with their confidence and the words that drove them', async () => {
    await page.goto(app.url);
    await openForCoding(page, 'district-officer');
    await page.getByRole('button', { name: 'Show suggestions' }).click();
    const coachRow = await shown(row(4, 'Coaching'));
    await expect.poll(() => coachRow.textContent()).toMatch(/\d+%/);
    expect(await coachRow.textContent()).toMatch(/Because of: .*coach/i);
    await shown(row(5, 'Funding'));
  });

  it('rejects one and accepts one from the keyboard; the accept is an ordinary coding by the current coder', async () => {
    const fundingRow = row(5, 'Funding');
    await fundingRow.focus();
    await page.keyboard.press('r');
    await fundingRow.waitFor({ state: 'detached' });

    const coachRow = row(4, 'Coaching');
    await coachRow.focus();
    await page.keyboard.press('a');
    await coachRow.waitFor({ state: 'detached' });
    await expect.poll(async () => (await doc()).excerpts.find((e) => e.start === blocks[4]!.start)?.codes.map((c) => c.codeId)).toEqual([coaching]);
  });

  it('undo takes the accept back; the rejected passage’s suggestion stays gone', async () => {
    await undoWithKeyboard(page, 'Coding');
    await expect.poll(async () => (await doc()).excerpts.some((e) => e.start === blocks[4]!.start)).toBe(false);
    // The accepted passage is uncoded again, so it is suggested again; the rejected one is not.
    await shown(row(4, 'Coaching'));
    expect(await row(5, 'Funding').count()).toBe(0);
    const { suggestions } = await app.call<{ suggestions: SuggestionLike[] }>('assistant.suggest', { sourceId });
    expect(suggestions.some((s) => s.start === blocks[5]!.start && s.target.codeId === funding)).toBe(false);
  });

  it('a pass over the whole lab shows its progress and can be cancelled, then run again', async () => {
    // 600 more sources of 120 paragraphs: reading them all takes several seconds, so Cancel lands well before the
    // end even when the window is slow to show the first progress (36 paragraphs a source once lost that race).
    const text = Array.from({ length: 20 }, () => PARAGRAPHS).flat();
    const files = Array.from({ length: 600 }, (_, i) => ({
      name: `visit-${String(i).padStart(3, '0')}.txt`,
      data: Buffer.from(text.map((p) => `Visit ${i}: ${p}`).join('\n\n'), 'utf8').toString('base64'),
    }));
    for (let at = 0; at < files.length; at += 100) await app.call('sources.import', { files: files.slice(at, at + 100) });
    await page.goto(app.url);
    await goTo(page, 'Suggestions');
    const progress = page.getByRole('status', { name: 'Finding suggestions' });
    // Cancel first, while the pass is surely under way; its words are read on the second pass.
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await shown(page.getByText('Cancelled before every source was read'));
    await page.getByRole('button', { name: 'Look again' }).click();
    await expect.poll(() => progress.textContent()).toMatch(/Reading every source for suggestions… [\d,]+ of 601/);
    const list = page.getByRole('list', { name: 'Suggestions' });
    await list.waitFor({ timeout: 60_000 });
    await progress.waitFor({ state: 'detached' });
    expect(await list.getByRole('listitem').count()).toBeGreaterThan(100);
  }, 120_000);
});
