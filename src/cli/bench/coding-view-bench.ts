import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { OpName } from '../../shared/contract';
import { appRoot } from '../../core/app/app-root';
import { Workspace } from '../../core/app/workspace';
import { applyCode, excerptFor } from '../../core/coding/excerpts';
import { dispatch } from '../../core/dispatch';
import { silentLogger } from '../../core/log';
import { selectSourceText } from '../../core/store/queries/source-queries';
import { startServer, type WorkbenchServer } from '../../server/http-server';
import { percentile, round } from './measure';
import { BENCH_TEXT_DIR, seededRandom, ZipfWords } from './zipf-text';

const ROOT = appRoot();
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TURNS = 1000;
const WORDS_PER_TURN = 50;
const EXCERPTS = 2000;
const SPEAKERS = ['Interviewer', 'Amina Wanjiru', 'Joseph Otieno', 'Grace Mwangi'];
export interface CodingViewBenchResult {
  showMs: number;
  applyCodeRoundTripMs: number;
  words: number;
  excerpts: number;
  pass: boolean;
  samples: { showMs: number[]; applyCodeRoundTripMs: number[] };
  targets: { showMsUnder: number; applyCodeRoundTripMsUnder: number };
}

/** A 50,000-word interview: 1,000 `Name: …` turns of Zipf-distributed words (see zipf-text.ts). */
function writeTranscript(path: string): void {
  const random = seededRandom(11);
  const zipf = new ZipfWords(BENCH_TEXT_DIR, random);
  const word = () => zipf.word();
  const turns: string[] = [];
  for (let t = 0; t < TURNS; t++) {
    const words = Array.from({ length: WORDS_PER_TURN }, word);
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    for (let i = 9; i < words.length - 1; i += 10 + Math.floor(random() * 6)) words[i] += '.';
    turns.push(`${SPEAKERS[t % 2 === 0 ? 0 : 1 + ((t >> 1) % 3)]}: ${words.join(' ')}.`);
  }
  writeFileSync(path, turns.join('\n\n'), 'utf8');
}

async function call<T>(ws: Workspace, name: OpName, input: unknown): Promise<T> {
  const r = await dispatch(ws, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
  return r.result as T;
}

/** Word boundaries [start, end) of a block's text, as source offsets. */
function wordsOf(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.slice(from, to).matchAll(/\S+/g)) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

/** 2,000 excerpts over 1,000 turns: two per turn that overlap, and every 25th running into the next turn. */
function codeTheSource(ws: Workspace, sourceId: string, codeIds: string[]): number {
  const src = selectSourceText(ws.store, sourceId)!;
  const turns = src.blocks.filter((b) => b.kind === 'turn');
  let made = 0;
  ws.store.write('Bench coding', (w) => {
    for (const [i, b] of turns.entries()) {
      if (made >= EXCERPTS) break;
      const words = wordsOf(src.text, b.start, b.end);
      const next = turns[i + 1];
      const ranges = [
        { start: words[0]!.start, end: words[Math.min(19, words.length - 1)]!.end },
        { start: words[12]!.start, end: i % 25 === 0 && next ? Math.min(next.end, next.start + 80) : words[Math.min(40, words.length - 1)]!.end },
      ];
      for (const [k, r] of ranges.entries()) {
        const { id } = excerptFor(w, ws.store, sourceId, r.start, r.end, src);
        applyCode(w, ws.store, id, codeIds[(i * 2 + k) % codeIds.length]!);
        if (k === 1 && i % 3 === 0) applyCode(w, ws.store, id, codeIds[(i + 5) % codeIds.length]!);
        made++;
      }
    }
  });
  return made;
}

/** The bench lab: the transcript imported through the contract, 13 codes (one pinned to key 1), 2,000 excerpts. */
async function buildLab(ws: Workspace, workDir: string): Promise<{ sourceId: string; excerpts: number }> {
  const transcript = join(workDir, 'long-interview.txt');
  writeTranscript(transcript);
  await call(ws, 'labs.create', { path: join(workDir, 'coding-view.scalinglab'), profile: { name: 'Coding view bench', startDate: '2026-01-01' } });
  const [imported] = await call<{ sourceId: string | null; message: string | null }[]>(ws, 'sources.import', { paths: [transcript] });
  if (!imported?.sourceId) throw new Error(`the transcript was not imported: ${imported?.message ?? 'no result'}`);
  const codeIds: string[] = [];
  for (let i = 0; i < 12; i++) codeIds.push((await call<{ id: string }>(ws, 'codes.create', { code: { name: `Bench code ${i + 1}`, parentId: null } })).id);
  const pinned = (await call<{ id: string }>(ws, 'codes.create', { code: { name: 'Pinned bench code', parentId: null } })).id;
  await call(ws, 'codes.update', { id: pinned, patch: { pinned: 1 } });
  return { sourceId: imported.sourceId, excerpts: codeTheSource(ws, imported.sourceId, codeIds) };
}

/** In the page: resolves with the time from `start()` until `done()` holds and the frame after it is painted. */
const timeUntilScript = (start: string, done: string) => `new Promise((resolve) => {
  const t0 = performance.now();
  const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
  const check = () => ${done};
  const mo = new MutationObserver(() => { if (check()) { mo.disconnect(); finish(); } });
  mo.observe(document.body, { subtree: true, childList: true, attributes: true });
  ${start};
})`;

async function measureShow(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Coding' }).waitFor();
  return page.evaluate<number>(
    timeUntilScript(
      `[...document.querySelectorAll('nav button')].find((b) => b.textContent.trim() === 'Coding').click()`,
      `(() => { const d = document.querySelector('[role=document][data-ready="true"]'); return Boolean(d && d.querySelector('[data-excerpts]')); })()`,
    ),
  );
}

/** Selects words [a, b) of the n-th turn on screen with the Range API, as a mouse would, and tells the view. */
const selectWordsScript = (n: number, a: number, b: number) => `(() => {
  const p = document.querySelectorAll('[role=document] p')[${n}];
  const spans = [...p.querySelectorAll('[data-start]')];
  const base = Number(spans[0].dataset.start);
  const text = spans.map((s) => s.textContent).join('');
  const words = [...text.matchAll(/\\S+/g)];
  const at = (offset) => { for (const s of spans) { const from = Number(s.dataset.start) - base; if (offset <= from + s.textContent.length) return [s.firstChild, offset - from]; } };
  const range = document.createRange();
  range.setStart(...at(words[${a}].index));
  range.setEnd(...at(words[${b} - 1].index + words[${b} - 1][0].length));
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  const r = range.getBoundingClientRect();
  spans[0].dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: r.right, clientY: r.bottom }));
  return [...document.querySelectorAll('[data-excerpts]')].flatMap((s) => s.dataset.excerpts.split(' '));
})()`;

async function measureRoundTrip(page: Page, i: number): Promise<number> {
  const before = await page.evaluate<string[]>(selectWordsScript(i % 3, 2 + i, 6 + i));
  await page.getByRole('toolbar', { name: 'Code the selection' }).waitFor();
  await page.evaluate(`window.__benchKnown = new Set(${JSON.stringify(before)})`);
  const roundTrip = page.evaluate<number>(
    timeUntilScript(
      `window.__benchStart = performance.now()`,
      `[...document.querySelectorAll('[data-excerpts]')].some((s) => s.dataset.excerpts.split(' ').some((id) => !window.__benchKnown.has(id)))`,
    ),
  );
  await page.keyboard.press('1');
  const ms = await roundTrip;
  await page.keyboard.press('Escape');
  // Let the refetch the change event starts settle before the next round.
  await page.waitForTimeout(400);
  return ms;
}

/**
 * The coding view on a long source, in browser mode through Chromium: how long until a 50,000-word source
 * with 2,000 excerpts is on screen (median of 3 cold loads), and how long from pressing a pinned code's key
 * to seeing the new highlight (median of 10).
 */
export async function codingViewBench(o: { workDir: string; say: (s: string) => void }): Promise<CodingViewBenchResult> {
  const staticDir = join(ROOT, 'out/renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('The renderer is not built; run `npm run build` first.');
  const ws = new Workspace({ mode: 'browser', home: o.workDir, version: 'bench', coderName: 'Bench', logger: silentLogger });
  let server: WorkbenchServer | undefined;
  let browser: Browser | undefined;
  try {
    o.say('coding view: generating a 50,000-word transcript with 2,000 excerpts');
    const { sourceId, excerpts } = await buildLab(ws, o.workDir);
    const words = selectSourceText(ws.store, sourceId)!.text.split(/\s+/).filter(Boolean).length;

    server = await startServer(ws, { staticDir });
    // Loaded here, not at the top: every other `labwb` command starts without Playwright.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(20_000);
    o.say('coding view: time to show the source (3 cold loads)');
    const show: number[] = [];
    for (let i = 0; i < 3; i++) show.push(await measureShow(page, server.url));
    o.say('coding view: apply-code round trip (10 codings)');
    const roundTrip: number[] = [];
    for (let i = 0; i < 10; i++) roundTrip.push(await measureRoundTrip(page, i));

    const showMs = round(percentile(show, 50));
    const applyCodeRoundTripMs = round(percentile(roundTrip, 50));
    return {
      showMs,
      applyCodeRoundTripMs,
      words,
      excerpts,
      pass: showMs < 1000 && applyCodeRoundTripMs < 100,
      samples: { showMs: show.map((v) => round(v)), applyCodeRoundTripMs: roundTrip.map((v) => round(v)) },
      targets: { showMsUnder: 1000, applyCodeRoundTripMsUnder: 100 },
    };
  } finally {
    await browser?.close();
    await server?.close();
    ws.close();
  }
}
