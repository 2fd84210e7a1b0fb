import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServerProcess } from '../../src/cli/bench/browser-mode-process';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const START_TIMEOUT_MS = 30_000;

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `workbench-e2e-${prefix}-`));
}

export interface RunningWorkbench {
  /** The URL with its token, as a user would open it. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  /** Calls an operation over the server's API, as the renderer does; throws on `{ ok: false }`. */
  call<T>(name: string, input?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** Starts browser mode as its own process (the built server) and waits until it is ready. */
export async function startWorkbench(opts: { home: string; lab?: string }): Promise<RunningWorkbench> {
  if (!existsSync(join(ROOT, 'out/renderer/index.html')) || !existsSync(join(ROOT, 'out/node/server.js'))) {
    throw new Error('The app is not built; run `npm run build` before the end-to-end tests.');
  }
  // The tests import the corpus by path, which browser mode allows only from folders named with --files.
  const files = ['--files', join(ROOT, 'test', 'fixtures')];
  const server = await startServerProcess(['--home', opts.home, ...(opts.lab ? ['--lab', opts.lab] : []), ...files], START_TIMEOUT_MS);
  const { origin, searchParams } = new URL(server.url);
  return { url: server.url, origin, token: searchParams.get('token') ?? '', call: server.call, stop: server.stop };
}

/** A fresh data folder, browser mode on it and a Chromium page, for one describe block. */
export interface WorkbenchSession {
  readonly home: string;
  readonly wb: RunningWorkbench;
  readonly page: Page;
}

/**
 * Registers the describe block's beforeAll/afterAll that start and stop a WorkbenchSession, and returns it; its
 * fields are there once beforeAll has run.
 */
export function workbenchSession(prefix: string): WorkbenchSession {
  const session = {} as { home: string; wb: RunningWorkbench; page: Page; browser: Browser };
  beforeAll(async () => {
    session.home = await tempDir(prefix);
    session.wb = await startWorkbench({ home: session.home });
    session.browser = await launchBrowser();
    session.page = await session.browser.context.newPage();
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.wb?.stop();
    if (session.home) await rm(session.home, { recursive: true, force: true });
  });
  return session;
}

export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with a fresh profile so no state leaks between runs. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await tempDir('chromium');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits until the locator is visible; a readable failure names what was awaited. */
export async function shown(locator: Locator): Promise<Locator> {
  await locator.waitFor({ state: 'visible' });
  return locator;
}

export async function hidden(locator: Locator): Promise<void> {
  await locator.waitFor({ state: 'hidden' });
}

/** A file of the test corpus (test/fixtures/corpus, with SOURCES.md), by its path inside it. */
export function corpusFile(path: string): string {
  return join(ROOT, 'test', 'fixtures', 'corpus', path);
}

/** Answers the first-start "Who is working?" prompt. */
export async function answerCoderPrompt(page: Page, name: string): Promise<void> {
  const prompt = await shown(page.getByRole('dialog', { name: 'Who is working?' }));
  await prompt.getByLabel('Your name').fill(name);
  await prompt.getByRole('button', { name: 'Start working' }).click();
  await hidden(prompt);
}

/** Opens a section of the open lab from the navigation bar. */
export async function goTo(page: Page, section: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: section, exact: true }).click();
}

/** Chooses an option of a Mantine select: opens the combobox, then clicks the option (listed in a portal). */
export async function chooseOption(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
