import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { goTo, hidden, shown, workbenchSession } from '../e2e/harness';

/**
 * WCAG 2.1 AA by axe-core on every page, tab and dialog a documenter reaches in the demo lab, in the light and the
 * dark theme (the app follows the system's, which Chromium emulates here). A serious or critical violation fails.
 */

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
/** A11Y_SHOTS=DIR keeps a screenshot of each page in each theme, to look at what axe measured. */
const SHOTS = process.env.A11Y_SHOTS;

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: unknown[]; data?: string }[];
}

/** Violations by rule for one page or dialog in one theme: the rows of the count table printed at the end. */
const counts = new Map<string, { light?: number; dark?: number }>();

async function injectAxe(page: Page, source: string): Promise<void> {
  if (await page.evaluate(() => 'axe' in globalThis)) return;
  // Evaluated through the DevTools protocol: the app's CSP (script-src 'self') rightly refuses an inline script tag.
  await page.evaluate(source);
}

/** Runs axe on the page (or inside `scope`, a CSS selector) and returns its serious and critical violations. */
async function audit(page: Page, source: string, scope?: string): Promise<AxeViolation[]> {
  await injectAxe(page, source);
  const violations = await page.evaluate(
    async ({ scope, tags }) => {
      // The page's globals; this file is type-checked without the DOM library.
      const { axe, document } = globalThis as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
        document: unknown;
      };
      // colour-contrast's measured colours say at once what to fix.
      const contrastOf = (n: object) => {
        const d = (n as { any?: { data?: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null }[] }).any?.[0]?.data;
        return d?.fgColor ? `${d.fgColor} on ${d.bgColor} ${d.contrastRatio}:1` : undefined;
      };
      const result = await axe.run(scope ? { include: [[scope]] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target, data: contrastOf(n) })) }));
    },
    { scope, tags: TAGS },
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function report(name: string, scheme: Scheme, violations: AxeViolation[]): string {
  const row = counts.get(name) ?? {};
  row[scheme] = violations.reduce((n, v) => n + v.nodes.length, 0);
  counts.set(name, row);
  return violations
    .map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.nodes.slice(0, 8).map((n) => `${n.target.join(' ')}${n.data ? ` (${n.data})` : ''}`).join(', ')}${v.nodes.length > 8 ? ', …' : ''}`)
    .join('\n');
}

/**
 * Requests the page has sent and not yet had answered: API calls, lazy chunks and fonts, which mean the page is
 * still filling in. The event stream and media stay open by design, so they do not count.
 */
function trackRequests(page: Page): () => number {
  let open = 0;
  const counts = (r: Request) => ['fetch', 'xhr', 'script', 'stylesheet', 'font'].includes(r.resourceType());
  page.on('request', (r) => {
    if (counts(r)) open++;
  });
  const done = (r: Request) => {
    if (counts(r)) open--;
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return () => open;
}

/**
 * Lets queries and transitions settle before axe looks (a half-faded dialog measures wrong contrast): no loader on
 * screen, then three animation frames in a row with no request out, no finite animation or transition running and
 * every control where it was the frame before. It waits as long as that takes rather than a fixed moment.
 */
async function settle(page: Page, openRequests: () => number): Promise<void> {
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'hidden' }).catch(() => undefined);
  let last = '';
  for (let quiet = 0, frames = 0; quiet < 3; frames++) {
    if (frames === 600) throw new Error('The page kept loading or moving for 600 animation frames');
    const now = await page.evaluate(async () => {
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
      // Spinners and pulsing placeholders loop for ever; only animations that end are waited for.
      const moving = document
        .getAnimations()
        .some((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
      const boxes = Array.from(document.querySelectorAll('button, a[href], input, select, textarea, [role], svg'), (el) => {
        const r = el.getBoundingClientRect();
        return `${r.x},${r.y},${r.width},${r.height}`;
      }).join(';');
      return moving ? 'moving' : boxes;
    });
    quiet = now !== 'moving' && now === last && openRequests() === 0 ? quiet + 1 : 0;
    last = now;
  }
}

interface DialogCase {
  readonly name: string;
  readonly page: string;
  readonly open: (page: Page) => Promise<void>;
}

const click = (name: string | RegExp) => (page: Page) => page.getByRole('button', { name, exact: typeof name === 'string' }).first().click();
const tab = (name: string) => (page: Page) => page.getByRole('tab', { name, exact: true }).click();
const then =
  (...steps: ((page: Page) => Promise<unknown>)[]) =>
  async (page: Page) => {
    for (const step of steps) await step(page);
  };
const menuItem = (name: string) => (page: Page) => page.getByRole('menuitem', { name }).click();

const PAGES: readonly { name: string; nav: string; tab?: string }[] = [
  { name: 'Lab', nav: 'Lab' },
  { name: 'Sources', nav: 'Sources' },
  { name: 'Codebook', nav: 'Codebook' },
  { name: 'Agreement', nav: 'Agreement' },
  { name: 'Coding', nav: 'Coding' },
  { name: 'Suggestions', nav: 'Suggestions' },
  { name: 'Evidence › Overview', nav: 'Evidence', tab: 'Overview' },
  { name: 'Evidence › Matrices', nav: 'Evidence', tab: 'Matrices' },
  { name: 'Evidence › Excerpts', nav: 'Evidence', tab: 'Excerpts' },
  { name: 'Evidence › Source defaults', nav: 'Evidence', tab: 'Source defaults' },
  { name: 'Memos', nav: 'Memos' },
  { name: 'People', nav: 'People' },
  { name: 'Tracking › Participation', nav: 'Tracking', tab: 'Participation' },
  { name: 'Tracking › Action plan', nav: 'Tracking', tab: 'Action plan' },
  { name: 'Tracking › Rubric', nav: 'Tracking', tab: 'Rubric' },
  { name: 'Tracking › Surveys', nav: 'Tracking', tab: 'Surveys' },
  { name: 'Reports', nav: 'Reports' },
];

const DIALOGS: readonly DialogCase[] = [
  { name: 'Search all sources', page: 'Lab', open: (p) => p.getByRole('button', { name: /^Search/ }).first().click() },
  { name: 'Restore from backup', page: 'Lab', open: click('Restore from Backup…') },
  { name: 'Save a copy for coding', page: 'Lab', open: click('Save a Copy for Coding…') },
  { name: 'Add phase', page: 'Lab', open: click('Add phase') },
  { name: 'Edit phase', page: 'Lab', open: click('Edit phase Iteration 1') },
  { name: 'Add convening', page: 'Lab', open: click('Add convening') },
  // A source's drawer opens from a click on its row (the title cell opens the coding view instead).
  { name: 'Edit source', page: 'Sources', open: (p) => p.getByRole('table', { name: 'Sources' }).getByRole('row', { name: /Interview with Wanjiru Kamau/ }).getByRole('cell').nth(2).click() },
  { name: 'New code', page: 'Codebook', open: click('New code') },
  { name: 'Rename code', page: 'Codebook', open: then(click('Actions for Better data'), menuItem('Rename…')) },
  { name: 'Move code', page: 'Codebook', open: then(click('Actions for Better data'), menuItem('Move to…')) },
  { name: 'Merge code', page: 'Codebook', open: then(click('Actions for Better data'), menuItem('Merge into…')) },
  {
    name: 'How well the assistant suggests, tested',
    page: 'Suggestions',
    open: then(click('How well does it suggest?'), click('Test it'), (p) => p.getByRole('button', { name: 'Test again' }).waitFor()),
  },
  { name: 'Evidence dimensions', page: 'Evidence', open: then(tab('Overview'), click('Dimensions')) },
  // Matrices opens on code × code; any cell with excerpts is a button named "Row × Column: n excerpts, open".
  { name: 'Matrix cell excerpts', page: 'Evidence', open: then(tab('Matrices'), click(/ × .+: \d+ excerpts?, open$/)) },
  // "Save as…" is disabled until a filter is set: one source kind is ticked in its popover, which Escape closes.
  {
    name: 'Save query',
    page: 'Evidence',
    open: then(tab('Excerpts'), click('Source kind'), (p) => p.getByRole('checkbox', { name: 'Interview', exact: true }).check(), (p) => p.keyboard.press('Escape'), click('Save as…')),
  },
  { name: 'New memo', page: 'Memos', open: click('New memo') },
  { name: 'Add participant', page: 'People', open: click('Add participant') },
  { name: 'Edit participant', page: 'People', open: (p) => p.getByRole('row').nth(1).click() },
  { name: 'Add guest', page: 'Tracking', open: then(tab('Participation'), click('Add guest')) },
  { name: 'Add target', page: 'Tracking', open: then(tab('Action plan'), click('Add target')) },
  { name: 'Import data points', page: 'Tracking', open: then(tab('Action plan'), click('Import data points…')) },
  { name: 'Rubric scale', page: 'Tracking', open: then(tab('Rubric'), click('Scale')) },
  { name: 'Add ingredient', page: 'Tracking', open: then(tab('Rubric'), click('Add ingredient')) },
  { name: 'Import survey', page: 'Tracking', open: then(tab('Surveys'), click('Import survey…')) },
  { name: 'New report', page: 'Reports', open: click('New report') },
  { name: 'Export lab data to Excel', page: 'Reports', open: click('Export lab data to Excel') },
  { name: 'Export REFI-QDA project', page: 'Reports', open: click('Export REFI-QDA project') },
];

describe('accessibility: axe-core finds no serious or critical WCAG 2.1 AA violation, light and dark', () => {
  const session = workbenchSession('a11y');
  let axeSource: string;
  let openRequests: () => number;
  const page = () => session.page;
  const fail = (name: string, scheme: Scheme, violations: AxeViolation[]) => {
    const detail = report(name, scheme, violations);
    if (detail) process.stderr.write(`axe: ${name} (${scheme})\n${detail}\n`);
    expect(detail, `${name} (${scheme})`).toBe('');
  };

  beforeAll(async () => {
    axeSource = await readFile(join(createRequire(import.meta.url).resolve('axe-core'), '..', 'axe.min.js'), 'utf8');
    openRequests = trackRequests(session.page);
    await session.wb.call('app.setCoder', { name: 'Amina Yusuf' });
  });

  for (const scheme of SCHEMES) {
    describe(`${scheme} theme`, () => {
      beforeAll(async () => {
        await page().emulateMedia({ colorScheme: scheme });
      });

      it('start screen and New lab dialog', async () => {
        await session.wb.call('labs.close', {}).catch(() => undefined);
        await page().goto(session.wb.url);
        await shown(page().getByRole('button', { name: 'New lab', exact: true }));
        await settle(page(), openRequests);
        fail('Start screen', scheme, await audit(page(), axeSource));
        await page().getByRole('button', { name: 'New lab', exact: true }).click();
        const dialog = await shown(page().getByRole('dialog'));
        await settle(page(), openRequests);
        const found = await audit(page(), axeSource, '[role="dialog"]');
        await page().keyboard.press('Escape');
        await hidden(dialog);
        fail('Dialog: New lab', scheme, found);
      });

      it('the html element carries the scheme', async () => {
        await session.wb.call('labs.openDemo', { path: join(session.home, `demo-${scheme}.scalinglab`) });
        await page().goto(session.wb.url);
        await shown(page().getByRole('navigation', { name: 'Sections' }));
        expect(await page().locator('html').getAttribute('data-mantine-color-scheme')).toBe(scheme);
      });

      for (const p of PAGES) {
        it(`page: ${p.name}`, async () => {
          await goTo(page(), p.nav);
          if (p.tab) await page().getByRole('tab', { name: p.tab, exact: true }).click();
          await settle(page(), openRequests);
          if (SHOTS) await page().screenshot({ path: join(SHOTS, `${scheme}-${p.name.replace(/\W+/g, '-')}.png`) });
          fail(p.name, scheme, await audit(page(), axeSource));
        });
      }

      for (const d of DIALOGS) {
        it(`dialog: ${d.name}`, async () => {
          let found: AxeViolation[];
          try {
            await goTo(page(), d.page);
            await settle(page(), openRequests);
            await d.open(page());
            await shown(page().getByRole('dialog').last());
            await settle(page(), openRequests);
            found = await audit(page(), axeSource, '[role="dialog"]');
          } finally {
            // Closed before judging (a reload if Escape only closed a dropdown), so the next dialog starts clear.
            // Counted once the closing transition is over: a dialog still fading out is not one Escape left open.
            await page().keyboard.press('Escape');
            await settle(page(), openRequests);
            if (await page().getByRole('dialog').count()) {
              await page().reload();
              await shown(page().getByRole('navigation', { name: 'Sections' }));
            }
          }
          fail(`Dialog: ${d.name}`, scheme, found);
        });
      }
    });
  }

  it('prints the count table', () => {
    const rows = [...counts].map(([name, c]) => `${name.padEnd(40)} ${String(c.light ?? '-').padStart(5)} ${String(c.dark ?? '-').padStart(5)}`);
    process.stderr.write(`serious+critical axe nodes     ${''.padEnd(14)} light  dark\n${rows.join('\n')}\n`);
    expect(counts.size).toBeGreaterThan(PAGES.length);
  });
});
