import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTLES, createLabFromStartScreen, openForCoding } from './flows';
import { copyFileSync } from 'node:fs';
import { goTo, hidden, launchBrowser, shown, startWorkbench, tempDir, type Browser, type RunningWorkbench } from './harness';

/** Three turns of an interview, spoken by espeak-ng, one WAV each; joined below into one recording. */
const TURNS = [
  { speaker: 'Amina', text: 'We started the reading programme with twelve coaches in March.' },
  { speaker: 'Peter', text: 'How did the head teachers respond to the coaches?' },
  { speaker: 'Amina', text: 'Most of them welcomed the visits after the first term.' },
] as const;

/** The PCM data of a WAV espeak-ng wrote (its header is the usual 44 bytes: fmt, then data). */
function pcmOf(wav: Buffer): { format: Buffer; data: Buffer; byteRate: number } {
  if (wav.toString('latin1', 36, 40) !== 'data') throw new Error('espeak-ng wrote a WAV with chunks this test does not expect');
  return { format: wav.subarray(0, 36), data: wav.subarray(44, 44 + wav.readUInt32LE(40)), byteRate: wav.readUInt32LE(28) };
}

function joinWavs(parts: Buffer[]): { wav: Buffer; cuesMs: { start: number; end: number }[] } {
  const pcm = parts.map(pcmOf);
  const data = Buffer.concat(pcm.map((p) => p.data));
  const header = Buffer.from(pcm[0]!.format);
  header.writeUInt32LE(36 + data.length, 4);
  const dataHead = Buffer.alloc(8);
  dataHead.write('data', 0, 'latin1');
  dataHead.writeUInt32LE(data.length, 4);
  let at = 0;
  const cuesMs = pcm.map((p) => {
    const start = at;
    at += (p.data.length / p.byteRate) * 1000;
    return { start: Math.round(start), end: Math.round(at) };
  });
  return { wav: Buffer.concat([header, dataHead, data]), cuesMs };
}

const vttTime = (ms: number) => {
  const s = Math.floor(ms / 1000);
  return `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

const audioState = (page: Page) =>
  page.evaluate<{ time: number; paused: boolean }>(`(() => { const a = document.querySelector('[role=region][aria-label=Recording] audio'); return { time: a.currentTime, paused: a.paused }; })()`);
const playingTurn = (page: Page) => page.locator('[role=document] [data-playing]').textContent();

describe('a recording plays in step with its caption transcript', () => {
  let home: string;
  let app: RunningWorkbench;
  let browser: Browser;
  let page: Page;
  let cuesMs: { start: number; end: number }[];
  let wavPath: string;

  beforeAll(async () => {
    home = await tempDir('recordings');
    const spoken = TURNS.map((t, i) => {
      const path = join(home, `turn-${i}.wav`);
      execFileSync('espeak-ng', ['-v', 'en', '-s', '170', '-w', path, t.text]);
      return readFileSync(path);
    });
    const joined = joinWavs(spoken);
    cuesMs = joined.cuesMs;
    wavPath = join(home, 'interview.wav');
    writeFileSync(wavPath, joined.wav);
    const vtt = ['WEBVTT', '', ...TURNS.flatMap((t, i) => [`${vttTime(cuesMs[i]!.start)} --> ${vttTime(cuesMs[i]!.end)}`, `<v ${t.speaker}>${t.text}`, ''])].join('\n');
    writeFileSync(join(home, 'interview.vtt'), vtt);

    app = await startWorkbench({ home });
    await app.call('app.setCoder', { name: 'Amina Yusuf' });
    await app.call('labs.create', { path: join(home, 'recordings.scalinglab'), profile: { name: 'Recordings lab', startDate: '2026-01-15' } });
    // The data folder is one browser mode reads by path.
    const [result] = await app.call<{ status: string }[]>('sources.import', { paths: [join(home, 'interview.vtt')] });
    expect(result).toMatchObject({ status: 'imported' });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    await page.goto(app.url);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('attaches the espeak-ng recording to the caption source from the coding view', async () => {
    expect(cuesMs[1]!.start).toBeGreaterThan(1500);
    await openForCoding(page, 'interview');
    await shown(page.getByRole('button', { name: 'Attach recording…' }));
    await page.getByTestId('recording-file').setInputFiles(wavPath);
    await shown(page.getByRole('region', { name: 'Recording' }));
    await expect.poll(() => page.evaluate<number>(`document.querySelector('[role=region][aria-label=Recording] audio').duration`), SETTLES).toBeCloseTo(cuesMs[2]!.end / 1000, 0);
  });

  it('plays from a turn when its time is clicked: currentTime advances and the highlighted turn follows', async () => {
    const second = cuesMs[1]!;
    await page.getByRole('button', { name: /^Play from 0:0\d$/ }).nth(1).click();
    await expect.poll(async () => (await audioState(page)).time, SETTLES).toBeGreaterThan(second.start / 1000 + 0.5);
    expect((await audioState(page)).paused).toBe(false);
    await expect.poll(() => playingTurn(page), SETTLES).toContain(TURNS[1].text);
    // The turn after it takes the highlight once the recording reaches it.
    await expect.poll(() => playingTurn(page), { timeout: second.end - second.start + 10_000 }).toContain(TURNS[2].text);
    expect((await audioState(page)).time).toBeGreaterThanOrEqual(cuesMs[2]!.start / 1000);
  });

  it('pauses with F4 and goes back 5 s with F3', async () => {
    await page.getByRole('document', { name: 'interview' }).focus();
    await page.keyboard.press('F4');
    await expect.poll(async () => (await audioState(page)).paused, SETTLES).toBe(true);
    const before = (await audioState(page)).time;
    await page.keyboard.press('F3');
    await expect.poll(async () => (await audioState(page)).time, SETTLES).toBeCloseTo(Math.max(0, before - 5), 0);
  });

  it('plays an excerpt’s span from its popover and stops at its end', async () => {
    const sources = await app.call<{ id: string; title: string }[]>('sources.list', {});
    const id = sources.find((x) => x.title === 'interview')!.id;
    const doc = await app.call<{ text: string }>('sources.get', { id });
    const code = await app.call<{ id: string }>('codes.create', { code: { name: 'Head teachers', parentId: null } });
    const start = doc.text.indexOf('head teachers');
    await app.call('excerpts.code', { sourceId: id, start, end: start + 'head teachers'.length, codeIds: [code.id] });
    await page.locator('[role=document] [data-excerpts]').first().click();
    await page.getByRole('button', { name: /^Play this excerpt from 0:0\d$/ }).click();
    await expect.poll(async () => (await audioState(page)).time, SETTLES).toBeGreaterThan(cuesMs[1]!.start / 1000 + 0.3);
    // It stops by itself at the end of the excerpt's turn, before the next turn plays on.
    await expect.poll(async () => (await audioState(page)).paused, { timeout: cuesMs[1]!.end - cuesMs[1]!.start + 10_000 }).toBe(true);
    const stopped = (await audioState(page)).time;
    expect(stopped).toBeGreaterThanOrEqual(cuesMs[1]!.end / 1000 - 0.05);
    expect(stopped).toBeLessThan(cuesMs[1]!.end / 1000 + 1);
    await page.keyboard.press('Escape');
  });

  it('imports a recording and its captions, picked together, as one source that plays', async () => {
    const vtt = readFileSync(join(home, 'interview.vtt'), 'utf8').replace('WEBVTT', 'WEBVTT\n\nNOTE second copy');
    writeFileSync(join(home, 'convening.vtt'), vtt);
    copyFileSync(wavPath, join(home, 'convening.wav'));
    await goTo(page, 'Sources');
    await shown(page.getByRole('button', { name: 'Import recording with captions…' }));
    await page.getByLabel('Recording and captions files').setInputFiles([join(home, 'convening.wav'), join(home, 'convening.vtt')]);
    await openForCoding(page, 'convening');
    await shown(page.getByRole('region', { name: 'Recording' }));
    await page.getByRole('button', { name: /^Play from 0:0\d$/ }).first().click();
    await expect.poll(async () => (await audioState(page)).time, SETTLES).toBeGreaterThan(0.5);
    await expect.poll(() => playingTurn(page), SETTLES).toContain(TURNS[0].text);
  });

  it('goes out in a REFI-QDA project made with real names, and a new lab imports it: the recording plays from a turn', async () => {
    await goTo(page, 'Reports');
    await page.getByRole('button', { name: 'Export REFI-QDA project' }).click();
    const dialog = await shown(page.getByRole('dialog', { name: 'Export REFI-QDA project' }));
    await shown(dialog.getByText('Recordings stay out, since a voice cannot be pseudonymised', { exact: false }));
    await dialog.getByRole('switch', { name: 'Use participants’ real names' }).check({ force: true });
    await shown(dialog.getByText('Recordings go in too', { exact: false }));
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
    const qdpx = join(home, download.suggestedFilename());
    await download.saveAs(qdpx);
    const zip = await JSZip.loadAsync(readFileSync(qdpx));
    const recordings = zip.file(/\.wav$/);
    expect(recordings).toHaveLength(2);
    for (const f of recordings) expect((await f.async('nodebuffer')).equals(readFileSync(wavPath))).toBe(true);
    expect(await zip.file('project.qde')!.async('string')).toContain('<AudioSource ');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(dialog);

    await page.getByRole('button', { name: 'Close lab' }).click();
    await createLabFromStartScreen(page, { name: 'Partner lab', startDate: '2026-03-01' });
    await goTo(page, 'Sources');
    await page.getByRole('button', { name: 'Import REFI-QDA project…' }).click();
    const importer = await shown(page.getByRole('dialog', { name: 'Import REFI-QDA project' }));
    await importer.getByLabel('REFI-QDA project to import').setInputFiles(qdpx);
    const report = await shown(importer.getByTestId('refi-import-report'));
    const added = (what: string) => report.getByRole('row').filter({ has: page.getByRole('rowheader', { name: what, exact: true }) }).getByRole('cell').first().innerText();
    // The two sources hold the same transcript, so the second is matched to the first, as a re-import would be.
    expect(await added('Text sources and transcripts')).toBe('1');
    expect(await added('Audio and video')).toBe('1');
    const skipped = await report.getByRole('list', { name: 'Not imported, and why' }).getByRole('listitem').allInnerTexts();
    expect(skipped.join('\n')).toMatch(/the recording of “convening”: its transcript is the text of a source that already has a recording/);
    await importer.getByRole('button', { name: 'Close', exact: true }).click();
    await hidden(importer);

    await openForCoding(page, 'interview');
    await shown(page.getByRole('region', { name: 'Recording' }));
    await page.getByRole('button', { name: /^Play from 0:0\d$/ }).nth(1).click();
    await expect.poll(async () => (await audioState(page)).time, SETTLES).toBeGreaterThan(cuesMs[1]!.start / 1000 + 0.3);
    await expect.poll(() => playingTurn(page), SETTLES).toContain(TURNS[1].text);
  });

});
