/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
import type { Page } from 'playwright-core';

/** A control that another overlaps, or that its container cuts off, as `layoutFaults` reports it. */
export interface LayoutFault {
  kind: 'overlap' | 'clipped';
  what: string;
  other: string;
}

/**
 * Finds, in the page as it is laid out now, visible controls (buttons, links, inputs) that overlap another or
 * that a container with hidden overflow cuts off. Controls scrolled out of a scrolling container are not faults:
 * they can be scrolled to. Runs in the page, so it measures what the documenter sees.
 */
export async function layoutFaults(page: Page): Promise<LayoutFault[]> {
  return page.evaluate(() => {
    const TOLERANCE = 2;
    const selector = 'button, a[href], input:not([type="hidden"]), select, textarea, [role="button"], [role="tab"], [role="combobox"], [role="checkbox"], [role="switch"]';
    type Box = { left: number; top: number; right: number; bottom: number };
    const intersect = (a: Box, b: Box): Box => ({
      left: Math.max(a.left, b.left),
      top: Math.max(a.top, b.top),
      right: Math.min(a.right, b.right),
      bottom: Math.min(a.bottom, b.bottom),
    });
    const empty = (b: Box) => b.right - b.left < 1 || b.bottom - b.top < 1;
    const describe = (el: Element) => {
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${el.getAttribute('role') ? `[role=${el.getAttribute('role')}]` : ''} “${name}”`;
    };
    const faults: { kind: 'overlap' | 'clipped'; what: string; other: string }[] = [];
    const seen: { el: Element; box: Box }[] = [];
    const viewport: Box = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
    for (const el of document.querySelectorAll(selector)) {
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || rect.width < 1 || rect.height < 1 || el.closest('[aria-hidden="true"], [inert]')) continue;
      // Mantine's visually hidden inputs (checkboxes, switches) sit under their visible face on purpose.
      if (Number(style.opacity) === 0 || el.closest('.mantine-visually-hidden')) continue;
      let visible: Box = intersect(rect, viewport);
      // What scrolling can bring into view: the control itself, then, inside a scroller, that scroller's box. A
      // ScrollArea's root hides overflow around its scrolling viewport, and must not count as cutting the control off.
      let reach: Box = rect;
      let clippedBy: Element | null = null;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const ps = getComputedStyle(p);
        const clipsX = ps.overflowX !== 'visible';
        const clipsY = ps.overflowY !== 'visible';
        if (!clipsX && !clipsY) continue;
        const pr = p.getBoundingClientRect();
        const scrolls = /(auto|scroll)/.test(ps.overflowX + ps.overflowY);
        const inside = reach.left >= pr.left - TOLERANCE && reach.right <= pr.right + TOLERANCE && reach.top >= pr.top - TOLERANCE && reach.bottom <= pr.bottom + TOLERANCE;
        // Partly inside a container that does not scroll: part of the control can never be seen.
        if (!inside && !scrolls && !clippedBy && !empty(intersect(reach, pr))) clippedBy = p;
        if (scrolls) reach = { left: pr.left, top: pr.top, right: pr.right, bottom: pr.bottom };
        visible = intersect(visible, {
          left: clipsX ? pr.left : -Infinity,
          right: clipsX ? pr.right : Infinity,
          top: clipsY ? pr.top : -Infinity,
          bottom: clipsY ? pr.bottom : Infinity,
        });
      }
      if (empty(visible)) continue;
      if (clippedBy) faults.push({ kind: 'clipped', what: describe(el), other: `${clippedBy.tagName.toLowerCase()}.${String(clippedBy.className).split(' ')[0]}` });
      // Text that does not fit inside its own button or field, cut without an ellipsis.
      const label = el.querySelector('.mantine-Button-label') ?? el;
      if (getComputedStyle(label).textOverflow !== 'ellipsis' && label.scrollWidth > label.clientWidth + TOLERANCE && getComputedStyle(label).overflowX === 'hidden') {
        faults.push({ kind: 'clipped', what: describe(el), other: 'its own box' });
      }
      for (const s of seen) {
        if (s.el.contains(el) || el.contains(s.el)) continue;
        const o = intersect(visible, s.box);
        if (o.right - o.left > TOLERANCE && o.bottom - o.top > TOLERANCE) faults.push({ kind: 'overlap', what: describe(el), other: describe(s.el) });
      }
      seen.push({ el, box: visible });
    }
    return faults;
  });
}

/**
 * Waits until the page has stopped moving: no request in flight, web fonts loaded, no loader shown, and the
 * controls' boxes the same over three animation frames in a row. Measuring before that (the first version waited a
 * fixed 600 ms) saw lazily loaded pages and charts half laid out on a busy machine.
 */
export async function settledLayout(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.locator('.mantine-Loader-root').first().waitFor({ state: 'detached' });
  const settled = await page.evaluate(async () => {
    await document.fonts.ready;
    const boxes = () =>
      Array.from(document.querySelectorAll('button, a[href], input, select, textarea, [role], svg'), (el) => {
        const r = el.getBoundingClientRect();
        return `${r.x},${r.y},${r.width},${r.height}`;
      }).join(';');
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    let last = '';
    for (let stable = 0, frames = 0; frames < 600; frames++) {
      await frame();
      const now = boxes();
      stable = now === last ? stable + 1 : 0;
      last = now;
      if (stable === 3) return true;
    }
    return false;
  });
  if (!settled) throw new Error('The layout kept moving for 600 animation frames');
}
