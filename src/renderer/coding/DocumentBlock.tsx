import { memo, useRef, type ElementType } from 'react';
import type { Excerpt } from '../../shared/domain/coding';
import type { SourceBlock } from '../../shared/domain/source';
import { segmentBlock, type Mark, type Segment } from './block-segments';
import { BlockStripes, type Stripe } from './BlockStripes';
import type { CodeLook } from './code-look';
import classes from './DocumentView.module.css';
import { excerptColour, highlightStyle } from './highlight-style';
import type { SpeakerName } from './speaker-names';
import { TurnTime } from '../media/TurnTime';

export interface DocumentBlockProps {
  block: SourceBlock;
  text: string;
  /** The excerpts overlapping this block, from the index. */
  excerpts: readonly Excerpt[];
  marks: readonly Mark[];
  /** A page number to announce above the block, when a new PDF page starts here. */
  page: number | null;
  speaker: SpeakerName | null;
  speakerSlot: number;
  lanes: ReadonlyMap<string, number>;
  maxLane: number;
  looks: ReadonlyMap<string, CodeLook>;
  colours: ReadonlyMap<string, string>;
  active: ReadonlySet<string>;
  onOpenExcerpt: (excerptId: string, rect: DOMRect, fromKeys: boolean) => void;
  /** The keyboard's current turn. */
  current: boolean;
  /** The turn being heard in the recording. */
  playing?: boolean;
  /** Excerpts flagged because their text was corrected after coding. */
  review?: ReadonlySet<string>;
}

function textElement(block: SourceBlock): { Tag: ElementType; className: string } {
  if (block.kind === 'heading') {
    const level = Math.min(Math.max(block.level ?? 1, 1), 5);
    return { Tag: `h${level + 1}` as ElementType, className: classes.heading! };
  }
  if (block.kind === 'list-item') return { Tag: 'div', className: `${classes.text} ${classes.listItem}` };
  if (block.kind === 'table') return { Tag: 'div', className: `${classes.text} ${classes.table}` };
  return { Tag: 'p', className: classes.text! };
}

function stripesOf(block: SourceBlock, segments: readonly Segment[], props: DocumentBlockProps): Stripe[] {
  return props.excerpts.map((e) => {
    const from = Math.max(e.start, block.start);
    const to = Math.min(e.end, block.end);
    const last = segments.findLast((s) => s.start < to)!;
    return {
      excerpt: e,
      lane: Math.min(props.lanes.get(e.id) ?? 0, props.maxLane),
      firstSpan: from,
      lastSpan: last.start,
      labelled: e.start >= block.start,
    };
  });
}

function DocumentBlockView(props: DocumentBlockProps) {
  const { block, text, excerpts, marks, page, speaker, colours, active } = props;
  const textRef = useRef<HTMLElement>(null);
  const segments = segmentBlock(block, excerpts, marks);
  const { Tag, className } = textElement(block);

  return (
    <div className={classes.block} data-current={props.current || undefined} data-playing={props.playing || undefined}>
      <div className={classes.body}>
        {page !== null && <div className={classes.page}>Page {page}</div>}
        {block.kind === 'turn' && (speaker || block.startMs !== undefined) && (
          <div className={classes.turnHead}>
            {speaker && (
              <span className={classes.speaker} data-slot={props.speakerSlot}>
                {speaker.name}
              </span>
            )}
            {speaker?.detail && <span className={classes.pseudonym}>{speaker.detail}</span>}
            {block.startMs !== undefined && <TurnTime ms={block.startMs} className={classes.time} />}
          </div>
        )}
        <Tag ref={textRef} className={className} data-level={block.level}>
          {segments.map((s) => {
            const piece = text.slice(s.start, s.end);
            if (s.excerpts.length === 0 && s.marks.length === 0) {
              return (
                <span key={s.start} data-start={s.start}>
                  {piece}
                </span>
              );
            }
            const layers = s.excerpts.map((e) => excerptColour(e, colours));
            const isActive = s.excerpts.some((e) => active.has(e.id));
            return (
              <span
                key={s.start}
                data-start={s.start}
                className={classes.seg}
                data-excerpts={s.excerpts.length ? s.excerpts.map((e) => e.id).join(' ') : undefined}
                data-memo={s.excerpts.some((e) => e.codes.length === 0) || undefined}
                data-mark={s.marks.length ? s.marks.join(' ') : undefined}
                data-review={(props.review && s.excerpts.some((e) => props.review!.has(e.id))) || undefined}
                style={highlightStyle(layers, isActive)}
              >
                {piece}
              </span>
            );
          })}
        </Tag>
      </div>
      <BlockStripes
        stripes={stripesOf(block, segments, props)}
        textRef={textRef}
        looks={props.looks}
        onOpen={props.onOpenExcerpt}
      />
    </div>
  );
}

const sameItems = <T,>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * Redrawn only when something it shows changed: the index is rebuilt on every change, so its per-block lists
 * are compared item by item, and lanes only for this block's own excerpts.
 */
export const DocumentBlock = memo(DocumentBlockView, (a, b) => {
  for (const key of Object.keys(a) as (keyof DocumentBlockProps)[]) {
    if (key === 'excerpts' || key === 'lanes' || key === 'marks') continue;
    if (a[key] !== b[key]) return false;
  }
  return (
    sameItems(a.excerpts, b.excerpts) &&
    sameItems(a.marks, b.marks) &&
    b.excerpts.every((e) => a.lanes.get(e.id) === b.lanes.get(e.id))
  );
});
