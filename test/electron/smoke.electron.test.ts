// The real Electron app, driven by Playwright's Electron launcher: run by `npm run test:electron`
// (scripts/test-electron.mjs), which finds Electron's binary, makes the Electron build of better-sqlite3 and
// builds out/ first. The window steps are those smoke.e2e.test.ts runs in browser mode on every `npm test`;
// what only Electron has is here: the launch, the application menu and the quit.
import { readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPaths } from '../../src/core/app/app-home';
import { LAB_EXTENSION } from '../../src/core/handlers/app-handlers';
import { codedStretches, SETTLES } from '../e2e/flows';
import { tempDir } from '../e2e/harness';
import { codeTwoPassagesAndUndoOne, SMOKE } from '../e2e/smoke-scenario';
import { testApp } from '../helpers/temp';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const START_TIMEOUT_MS = 60_000;

/** Set by scripts/test-electron.mjs once it has found the binary and made the binding. */
function fromLauncher(name: 'WORKBENCH_ELECTRON_BINARY' | 'WORKBENCH_SQLITE_BINDING'): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run this test with "npm run test:electron".`);
  return value;
}

/** The environment Electron gets: ours, with the binding named and nothing that changes what it runs. */
function electronEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  // Each would make Electron something else: plain Node, a client of a dev server, or another data folder.
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.ELECTRON_RENDERER_URL;
  delete env.WORKBENCH_HOME;
  env.WORKBENCH_SQLITE_BINDING = fromLauncher('WORKBENCH_SQLITE_BINDING');
  return env;
}

/** Clicks an item of the application menu from the main process, as a mouse user would; labels without "&". */
async function clickMenuItem(app: ElectronApplication, menu: string, item: string): Promise<void> {
  // Evaluated in the main process from its source text, so it names no function of this file.
  const clicked = await app.evaluate(
    ({ Menu }, [menuLabel, itemLabel]) => {
      const top = Menu.getApplicationMenu()?.items.find((i) => i.label.replace(/&/g, '') === menuLabel);
      const entry = top?.submenu?.items.find((i) => i.label.replace(/&/g, '') === itemLabel);
      if (!entry || !entry.enabled) return false;
      entry.click();
      return true;
    },
    [menu, item] as const,
  );
  if (!clicked) throw new Error(`${menu} › ${item} is not in the application menu, or is disabled`);
}

describe('Electron: the desktop app creates a lab, imports a file, codes, undoes and quits', () => {
  let home: string;
  let app: ElectronApplication | undefined;
  let page: Page;
  /** The main process's stderr, shown when the window never comes (it logs ids and error codes, never text). */
  let stderr = '';

  beforeAll(async () => {
    // A data folder of its own: the user's settings, recent labs and logs are never touched.
    home = await tempDir('electron-home');
    app = await _electron.launch({
      executablePath: fromLauncher('WORKBENCH_ELECTRON_BINARY'),
      args: [ROOT, '--home', home],
      env: electronEnv(),
      cwd: ROOT,
      timeout: START_TIMEOUT_MS,
    });
    app.process().stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    // A native error box is modal: it would hold the main process until the test timed out. Record its
    // title instead, and the last test fails when there was one.
    await app.evaluate(({ dialog }) => {
      const shown: string[] = [];
      Object.assign(globalThis, { smokeTestErrorBoxes: shown });
      dialog.showErrorBox = (title: string) => {
        shown.push(title);
      };
    });
    try {
      page = await app.firstWindow({ timeout: START_TIMEOUT_MS });
    } catch (e) {
      throw new Error(`The app opened no window: ${e instanceof Error ? e.message : String(e)}\n${stderr}`);
    }
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    // Still running only when a test failed before the quit; close() then stops it.
    await app?.close();
    await rm(home, { recursive: true, force: true });
  });

  it('creates a lab, imports a transcript, codes two passages and undoes one with Ctrl+Z', async () => {
    await codeTwoPassagesAndUndoOne(page);
  });

  it('undoes and redoes through the Edit menu', async () => {
    const [first] = SMOKE.phrases;
    await clickMenuItem(app!, 'Edit', 'Undo');
    await expect.poll(() => codedStretches(page), SETTLES).toEqual([]);
    await clickMenuItem(app!, 'Edit', 'Redo');
    await expect.poll(() => codedStretches(page), SETTLES).toEqual([first]);
  });

  it('quits when asked, having shown no error box, and leaves the lab on disk', async () => {
    const errorBoxes = await app!.evaluate(() => (globalThis as { smokeTestErrorBoxes?: string[] }).smokeTestErrorBoxes);
    expect(errorBoxes).toEqual([]);

    // close() asks the app to quit (app.quit()) and resolves once its process has exited.
    const child = app!.process();
    await app!.close();
    app = undefined;
    expect({ exitCode: child.exitCode, signal: child.signalCode }).toEqual({ exitCode: 0, signal: null });

    const labs = readdirSync(appPaths(home).labsFolder).filter((f) => f.endsWith(LAB_EXTENSION));
    expect(labs).toHaveLength(1);
    const reader = testApp('Smoke reader');
    await reader.call('labs.open', { path: join(appPaths(home).labsFolder, labs[0]!) });
    const sources = await reader.call('sources.list', {});
    expect(sources.map((s) => s.title)).toEqual(['qualcoder-transcript']);
    const doc = await reader.call('sources.get', { id: sources[0]!.id });
    expect(doc.excerpts.map((e) => e.text)).toEqual([SMOKE.phrases[0]]);
    expect(doc.excerpts[0]!.codes.map((c) => c.coderName)).toEqual([SMOKE.coder]);
    expect((await reader.call('codes.list', {})).map((c) => c.name)).toEqual([SMOKE.code]);
  });
});
