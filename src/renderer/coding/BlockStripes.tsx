import { Tooltip, useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Excerpt } from '../../shared/domain/coding';
import { readableInk } from '../appearance/readable-ink';
import classes from './BlockStripes.module.css';
import { codeNamesOf, type CodeLook } from './code-look';

/** Lane width in pixels; DocumentView sizes the margin from it. */
export const LANE_WIDTH = 16;

export interface Stripe {
  excerpt: Excerpt;
  lane: number;
  /** data-start of the first and the last text span the excerpt covers in this block. */
  firstSpan: number;
  lastSpan: number;
  /** Only the block where an excerpt starts names its codes; the rest of it is a plain bar. */
  labelled: boolean;
}

function barBackground(colours: string[]): string {
  if (colours.length === 1) return colours[0]!;
  const step = 100 / colours.length;
  return `linear-gradient(to bottom, ${colours.map((c, i) => `${c} ${i * step}% ${(i + 1) * step}%`).join(', ')})`;
}

/** Places each stripe beside the lines its excerpt covers: measured after layout, written straight to the DOM. */
function placeStripes(margin: HTMLElement, text: HTMLElement): void {
  const top = margin.getBoundingClientRect().top;
  for (const el of margin.querySelectorAll<HTMLElement>('[data-stripe]')) {
    const first = text.querySelector(`[data-start="${el.dataset.first}"]`);
    const last = text.querySelector(`[data-start="${el.dataset.last}"]`);
    const a = first?.getClientRects()[0];
    const b = last ? [...last.getClientRects()].at(-1) : undefined;
    if (!a || !b) continue;
    el.style.top = `${a.top - top}px`;
    el.style.height = `${Math.max(b.bottom - a.top, 12)}px`;
    el.style.visibility = 'visible';
  }
}

interface BlockStripesProps {
  stripes: Stripe[];
  textRef: RefObject<HTMLElement | null>;
  looks: ReadonlyMap<string, CodeLook>;
  onOpen: (excerptId: string, rect: DOMRect, fromKeys: boolean) => void;
}

export function BlockStripes({ stripes, textRef, looks, onOpen }: BlockStripesProps) {
  const marginRef = useRef<HTMLDivElement>(null);
  const theme = useMantineTheme();
  // The document's panel: --wb-surface in global.css, white or dark-7.
  const surface = useComputedColorScheme('light') === 'dark' ? theme.colors.dark[7] : theme.white;

  useLayoutEffect(() => {
    const margin = marginRef.current;
    const text = textRef.current;
    if (!margin || !text) return;
    placeStripes(margin, text);
    // Lines rewrap when the window is resized; the stripes follow.
    const observer = new ResizeObserver(() => placeStripes(margin, text));
    observer.observe(text);
    return () => observer.disconnect();
  });

  return (
    <div ref={marginRef} className={classes.margin}>
      {stripes.map(({ excerpt, lane, firstSpan, lastSpan, labelled }, i) => {
        const codeIds = excerpt.codes.map((c) => c.codeId);
        const names = codeNamesOf(codeIds, looks);
        const colours = codeIds.map((id) => looks.get(id)?.colour ?? '#868e96');
        const memo = excerpt.memo.trim();
        const coders = [...new Set(excerpt.codes.map((c) => c.coderName).filter((n) => n !== null))];
        // Starts with the visible code names, so speech input can say what it sees.
        const name = [
          names,
          coders.length ? `coded by ${coders.join(', ')}` : null,
          `excerpt ${i + 1} of ${stripes.length} in this passage`,
        ]
          .filter(Boolean)
          .join(', ');
        return (
          <Tooltip
            key={excerpt.id}
            position="right"
            multiline
            maw={280}
            label={memo ? `${names} — ${memo.length > 120 ? `${memo.slice(0, 117)}…` : memo}` : names}
          >
            <button
              type="button"
              className={classes.stripe}
              style={{ left: lane * LANE_WIDTH }}
              data-stripe={excerpt.id}
              data-first={firstSpan}
              data-last={lastSpan}
              data-comment={codeIds.length === 0 || undefined}
              aria-label={name}
              // detail 0: pressed with Enter or Space, so the popover takes the focus and gives it back.
              onClick={(e) => onOpen(excerpt.id, e.currentTarget.getBoundingClientRect(), e.detail === 0)}
            >
              {labelled && codeIds.length === 0 && <IconMessageCircle size={12} className={classes.commentIcon} />}
              <span
                className={classes.bar}
                data-comment={codeIds.length === 0 || undefined}
                style={codeIds.length ? { background: barBackground(colours) } : undefined}
              />
              {labelled && codeIds.length > 0 && (
                <span className={classes.label} style={{ color: readableInk(colours[0]!, surface) }}>
                  {names}
                </span>
              )}
            </button>
          </Tooltip>
        );
      })}
    </div>
  );
}
