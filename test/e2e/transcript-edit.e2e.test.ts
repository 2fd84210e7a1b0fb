import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codedStretches, openForCoding, undoWithKeyboard } from './flows';
import { shown, workbenchSession } from './harness';

interface SourceDocumentLike {
  text: string;
  blocks: { kind: string; start: number; end: number; speaker?: string }[];
  excerpts: { id: string; start: number; end: number; text: string }[];
}

const TRANSCRIPT = [
  'Interviewer: How did the coaches help the schools?',
  'Amina: The coaches visted every school each week, and the teachers liked it. The county paid for their transport.',
  'Interviewer: Thank you.',
].join('\n\n');
const CODED = 'The coaches visted every school each week';
const CORRECTED = 'The coaches visited every school each week';

describe('correcting a coded transcript in the coding view', () => {
  const s = workbenchSession('transcript-edit');
  let sourceId: string;
  let excerptId: string;
  const doc = () => s.wb.call<SourceDocumentLike>('sources.get', { id: sourceId });
  const excerpt = async () => {
    const d = await doc();
    const e = d.excerpts.find((x) => x.id === excerptId)!;
    return { ...e, covers: d.text.slice(e.start, e.end) };
  };

  it('corrects a word inside a coded passage; the excerpt still covers its words; undo brings the old text back', async () => {
    await s.wb.call('app.setCoder', { name: 'Amina Yusuf' });
    await s.wb.call('labs.create', { path: join(s.home, 'edit.scalinglab'), profile: { name: 'Edit lab', startDate: '2026-01-15' } });
    const [imported] = await s.wb.call<{ status: string; sourceId: string }[]>('sources.import', {
      files: [{ name: 'coaches-interview.txt', data: Buffer.from(TRANSCRIPT).toString('base64') }],
    });
    expect(imported!.status).toBe('imported');
    sourceId = imported!.sourceId;
    const before = await doc();
    const turn = before.blocks.findIndex((b) => before.text.slice(b.start, b.end).includes(CODED));
    expect(before.blocks[turn]).toMatchObject({ kind: 'turn', speaker: 'Amina' });
    const code = await s.wb.call<{ id: string }>('codes.create', { code: { name: 'Coaching visits', parentId: null } });
    const start = before.text.indexOf(CODED);
    excerptId = (await s.wb.call<{ id: string }>('excerpts.code', { sourceId, start, end: start + CODED.length, codeIds: [code.id] })).id;

    const { page } = s;
    await page.goto(s.wb.url);
    await openForCoding(page, 'coaches-interview');
    expect(await codedStretches(page)).toEqual([CODED]);

    // The pencil beside the turn opens it for correcting in place.
    await page.getByRole('button', { name: `Correct turn ${turn + 1}` }).click();
    const editor = await shown(page.getByRole('group', { name: 'Correct the turn of Amina' }));
    const box = editor.getByRole('textbox', { name: 'Text of this turn' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    const turnText = await box.inputValue();
    await box.fill(turnText.replace('visted', 'visited'));
    await box.press('Enter');
    await editor.waitFor({ state: 'detached' });

    await expect.poll(async () => (await excerpt()).text).toBe(CORRECTED);
    const moved = await excerpt();
    expect(moved.covers).toBe(CORRECTED);
    expect((await doc()).text).toBe(before.text.replace('visted', 'visited'));
    // The excerpt is kept, drawn as needing review, and listed.
    await expect.poll(() => codedStretches(page)).toEqual([CORRECTED]);
    await shown(page.locator('[role=document] [data-review]').first());
    const review = await shown(page.getByTestId('review-list'));
    expect(await review.textContent()).toContain('1 excerpt needs review');

    await undoWithKeyboard(page, 'Coding');
    await expect.poll(async () => (await doc()).text).toBe(before.text);
    const back = await excerpt();
    expect([back.text, back.covers, back.start, back.end]).toEqual([CODED, CODED, start, start + CODED.length]);
    await expect.poll(() => codedStretches(page)).toEqual([CODED]);
    await review.waitFor({ state: 'detached' });

    // The keyboard: the current turn opens with F2; Esc leaves it unchanged.
    await page.getByRole('document', { name: 'coaches-interview' }).focus();
    await page.keyboard.press('F2');
    const again = await shown(page.getByRole('textbox', { name: 'Text of this turn' }));
    await again.press('Escape');
    await again.waitFor({ state: 'detached' });
    expect((await doc()).text).toBe(before.text);
  });

  it('splits a turn at the caret and renames its speaker; the excerpt keeps its words; undo takes both back', async () => {
    const { page } = s;
    const before = await doc();
    const turn = before.blocks.findIndex((b) => before.text.slice(b.start, b.end).includes(CODED));
    await page.getByRole('button', { name: `Correct turn ${turn + 1}` }).click();
    const box = await shown(page.getByRole('textbox', { name: 'Text of this turn' }));
    const at = (await box.inputValue()).indexOf('The county');
    await box.evaluate((el, pos) => (el as HTMLTextAreaElement).setSelectionRange(pos, pos), at);
    await page.getByRole('button', { name: 'Split at the caret' }).click();
    await box.waitFor({ state: 'detached' });
    await expect.poll(async () => (await doc()).blocks.length).toBe(before.blocks.length + 1);
    const split = await doc();
    expect(split.text.slice(split.blocks[turn + 1]!.start, split.blocks[turn + 1]!.end)).toBe('The county paid for their transport.');
    expect(split.blocks[turn + 1]!.speaker).toBe('Amina');
    expect(await excerpt()).toMatchObject({ text: CODED, covers: CODED });

    await page.getByRole('button', { name: `Correct turn ${turn + 2}` }).click();
    const editor = await shown(page.getByRole('group', { name: 'Correct the turn of Amina' }));
    await editor.getByRole('combobox', { name: 'Speaker' }).fill('Amina Njeri');
    await editor.getByRole('textbox', { name: 'Text of this turn' }).press('Enter');
    await editor.waitFor({ state: 'detached' });
    await expect.poll(async () => (await doc()).blocks.filter((b) => b.speaker === 'Amina Njeri').length).toBe(2);
    expect(await excerpt()).toMatchObject({ text: CODED, covers: CODED });
    expect(await s.wb.call<unknown[]>('transcripts.toReview', {})).toEqual([]);

    await undoWithKeyboard(page, 'Coding');
    await expect.poll(async () => (await doc()).blocks.filter((b) => b.speaker === 'Amina').length).toBe(2);
    await page.keyboard.press('ControlOrMeta+z');
    await expect.poll(async () => (await doc()).blocks).toEqual(before.blocks);
    expect((await doc()).text).toBe(before.text);
  });
});
