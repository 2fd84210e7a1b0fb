import { VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { defaultRangeExtractor, useVirtualizer, type Range as VirtualRange } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { CodeWithCounts, SourceDocument } from '../../shared/domain/coding';
import type { SourceBlock } from '../../shared/domain/source';
import { opKey } from '../client/app-state-cache';
import { run, useOp } from '../client/use-op';
import type { CodingTarget } from '../shell/navigation';
import type { Mark } from './block-segments';
import { LANE_WIDTH } from './BlockStripes';
import { codeLooks, lookFields } from './code-look';
import { DocumentBlock } from './DocumentBlock';
import classes from './DocumentView.module.css';
import { blockIndexAt, buildExcerptIndex, excerptsAt, firstBlockEndingAfter } from './excerpt-index';
import { ExcerptPopover } from './ExcerptPopover';
import { selectionEndRect, selectionOffsets } from './selection-offsets';
import { SelectionToolbar } from './SelectionToolbar';
import { TurnEditor } from './TurnEditor';
import { isTurnEditKey, TurnEditButton } from './TurnEditButton';
import { speakerNames, speakerSlots } from './speaker-names';
import type { CodingSession } from './use-coding-session';
import { useDocumentKeys } from './use-document-keys';
import { useFollowPlayback } from '../media/use-follow-playback';
import { useJumpFlash } from './use-jump-flash';
import { trimRange } from './word-step';

// The margin keeps room for this many side-by-side stripes, so the text never shifts as excerpts are added.
const MAX_LANES = 6;
const NO_MARKS: readonly Mark[] = [];
const KEYS_HINT_ID = 'coding-document-keys';
const NO_LOOKS: ReturnType<typeof lookFields> = [];
/** About one line of text: excerpts closer than this may share a line, so their stripes take separate lanes. */
const LINE_CHARS = 90;

/** A first guess at a block's height, before it is measured: lines of LINE_CHARS at 27 px, plus its label. */
function estimateHeight(block: SourceBlock | undefined): number {
  if (!block) return 40;
  const lines = Math.ceil((block.end - block.start) / LINE_CHARS);
  return lines * 27 + 14 + (block.kind === 'turn' ? 20 : 0) + (block.kind === 'heading' ? 24 : 0);
}

interface OpenExcerpts {
  ids: string[];
  /** The one shown in full (and drawn stronger) where several overlap. */
  chosen: string;
  x: number;
  y: number;
  blockIndex: number;
  /** Opened with Enter: the popover holds the focus until it closes, then gives it back to the document. */
  fromKeys: boolean;
}

interface DocumentViewProps {
  doc: SourceDocument;
  codes: readonly CodeWithCounts[];
  session: CodingSession;
  jump: CodingTarget | undefined;
}

/** The source as readable text with its excerpts drawn over it; only the blocks on screen are in the page. */
export function DocumentView({ doc, codes, session, jump }: DocumentViewProps) {
  const { blocks, text } = doc;
  const sourceId = doc.source.id;
  const scrollRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const downAt = useRef<{ x: number; y: number } | null>(null);
  const [holdIndex, setHoldIndex] = useState<number | null>(null);
  const [open, setOpen] = useState<OpenExcerpts | null>(null);
  // The block being corrected in place (F2 or E on the current turn, or its pencil button).
  const [editing, setEditing] = useState<number | null>(null);
  const toReview = useOp('transcripts.toReview', { sourceId }).data;
  const review = useMemo(() => new Set(toReview?.map((x) => x.excerptId)), [toReview]);

  const index = useMemo(() => buildExcerptIndex(blocks, doc.excerpts, LINE_CHARS), [blocks, doc.excerpts]);
  const names = useMemo(() => speakerNames(doc.speakers, blocks.map((b) => b.speaker)), [doc.speakers, blocks]);
  const slots = useMemo(() => speakerSlots(blocks.map((b) => b.speaker)), [blocks]);
  const lookList = useQuery({ queryKey: opKey('codes.list', {}), queryFn: () => run('codes.list', {}), select: lookFields }).data ?? NO_LOOKS;
  const looks = useMemo(() => codeLooks(lookList), [lookList]);
  const colours = useMemo(() => new Map(lookList.map((c) => [c.id, c.colour])), [lookList]);
  const excerptById = useMemo(() => new Map(doc.excerpts.map((e) => [e.id, e])), [doc.excerpts]);
  const openExcerpts = useMemo(
    () => (open ? open.ids.map((id) => excerptById.get(id)).filter((e) => e !== undefined) : []),
    [open, excerptById],
  );
  const chosen = openExcerpts.find((e) => e.id === open?.chosen) ?? openExcerpts[0];
  const active = useMemo(() => new Set(chosen ? [chosen.id] : []), [chosen]);

  // Blocks kept in the page even when scrolled away: where a drag began (so the selection keeps its
  // anchor) and the block whose excerpt is open.
  const rangeExtractor = useCallback(
    (range: VirtualRange) => {
      const keep = new Set(defaultRangeExtractor(range));
      for (const i of [holdIndex, open?.blockIndex]) if (i !== null && i !== undefined && i < range.count) keep.add(i);
      return [...keep].sort((a, b) => a - b);
    },
    [holdIndex, open?.blockIndex],
  );
  // TanStack Virtual hands back fresh functions each render by design; the React Compiler is told to leave it be.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimateHeight(blocks[i]),
    getItemKey: (i) => blocks[i]?.start ?? i,
    overscan: 6,
    rangeExtractor,
  });
  const items = virtualizer.getVirtualItems();

  const flash = useJumpFlash(jump, blocks, virtualizer, contentRef);
  const playingIndex = useFollowPlayback(sourceId, blocks, virtualizer);
  const { selection } = session;

  // The bench and the tests wait for this: the document's first blocks, with their highlights, are in the page.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.dataset.ready = String(items.length > 0);
  });

  const openAt = useCallback((ids: string[], clientX: number, clientY: number, blockIndex: number, fromKeys = false) => {
    const box = contentRef.current?.getBoundingClientRect();
    if (!box || ids.length === 0) return setOpen(null);
    setOpen({ ids, chosen: ids[0]!, x: clientX - box.left, y: clientY - box.top, blockIndex, fromKeys });
  }, []);
  const keys = useDocumentKeys({
    sourceId,
    text,
    blocks,
    index,
    session,
    virtualizer,
    contentRef,
    openExcerpts: (ids, x, y, blockIndex) => openAt(ids, x, y, blockIndex, true),
  });
  const marks = useMemo(() => {
    const list: Mark[] = [];
    if (flash) list.push(flash);
    if (keys.caretMark) list.push(keys.caretMark);
    if (selection && !selection.live) list.push({ start: selection.start, end: selection.end, kind: 'pending' });
    return list;
  }, [flash, selection, keys.caretMark]);
  const closeExcerpt = () => {
    const refocus = open?.fromKeys;
    setOpen(null);
    if (refocus) scrollRef.current?.focus({ preventScroll: true });
  };

  // Read when a stripe is clicked, not when blocks render: the callback stays the same object as excerpts change.
  const excerptsNow = useRef(excerptById);
  useEffect(() => {
    excerptsNow.current = excerptById;
  }, [excerptById]);
  const onOpenExcerpt = useCallback(
    (excerptId: string, rect: DOMRect, fromKeys: boolean) => {
      const e = excerptsNow.current.get(excerptId);
      if (e) openAt([excerptId], rect.right + 4, rect.top + 8, Math.max(0, firstBlockEndingAfter(blocks, e.start)), fromKeys);
    },
    [openAt, blocks],
  );

  const inDocument = (target: EventTarget | null) =>
    target instanceof Node && contentRef.current?.contains(target) && !(target instanceof Element && target.closest('[data-overlay]'));

  const onMouseDown = (e: MouseEvent) => {
    if (e.button !== 0 || !inDocument(e.target)) return;
    downAt.current = { x: e.clientX, y: e.clientY };
    const row = (e.target as Element).closest<HTMLElement>('[data-index]');
    setHoldIndex(row ? Number(row.dataset.index) : null);
    if (selection) session.select(null);
    // A drag that starts in the text may end outside the document; the release still ends the selection.
    const released = (up: globalThis.MouseEvent) => {
      if (!(up.target instanceof Node && contentRef.current?.contains(up.target))) captureNow.current(up);
    };
    window.addEventListener('mouseup', released, { once: true, capture: true });
  };

  const capture = (e: { target: EventTarget | null; clientX?: number; clientY?: number }) => {
    const content = contentRef.current;
    if (!content) return;
    const browserSelection = window.getSelection();
    const offsets = selectionOffsets(content, browserSelection);
    const range = offsets && trimRange(text, offsets.start, offsets.end);
    if (range) {
      const rect = selectionEndRect(browserSelection);
      const box = content.getBoundingClientRect();
      setOpen(null);
      session.select({ sourceId, ...range, x: (rect?.right ?? box.left) - box.left, y: (rect?.bottom ?? box.top) - box.top, live: true });
      return;
    }
    // No text selected: a click. On a highlight, it opens the excerpts there.
    const down = downAt.current;
    if (!inDocument(e.target) || e.clientX === undefined || e.clientY === undefined || !down) return;
    if (Math.abs(e.clientX - down.x) > 4 || Math.abs(e.clientY - down.y) > 4) return;
    const span = (e.target as Element).closest<HTMLElement>('[data-excerpts]');
    if (!span) return setOpen(null);
    const pos = Number(span.dataset.start);
    openAt(excerptsAt(index, blocks, pos).map((x) => x.id), e.clientX, e.clientY, blockIndexAt(blocks, pos));
  };

  const captureNow = useRef(capture);
  useEffect(() => {
    captureNow.current = capture;
  });

  if (blocks.length === 0) return <div className={classes.empty}>This source has no text to code.</div>;

  const pinned = codes.filter((c) => c.pinned !== null).sort((a, b) => a.pinned! - b.pinned!);
  return (
    <div
      ref={scrollRef}
      className={classes.viewport}
      role="document"
      aria-label={doc.source.title}
      aria-describedby={KEYS_HINT_ID}
      tabIndex={0}
      data-ready="false"
      onMouseDown={onMouseDown}
      onMouseUp={capture}
      // A Shift+arrow of the keyboard caret is not a browser selection: only the page's own is captured here.
      onKeyUp={(e) => e.shiftKey && e.target !== e.currentTarget && capture(e)}
      onKeyDown={(e) => {
        if (isTurnEditKey(e) && e.target === e.currentTarget && keys.currentBlock !== null) {
          e.preventDefault();
          return setEditing(keys.currentBlock);
        }
        keys.onKeyDown(e);
      }}
      onFocus={keys.onFocus}
    >
      <VisuallyHidden id={KEYS_HINT_ID}>
        Up and down arrows move from turn to turn, left and right by word; Shift with an arrow selects. Keys 1 to 9
        apply a pinned code, Control K finds a code by name, Enter opens the excerpt at the caret, F2 or E corrects the
        current turn, question mark lists every key.
      </VisuallyHidden>
      <div
        ref={contentRef}
        className={classes.content}
        style={{ height: virtualizer.getTotalSize(), ['--margin-width' as string]: `${MAX_LANES * LANE_WIDTH}px` }}
      >
        {items.map((item) => {
          const block = blocks[item.index]!;
          const prev = blocks[item.index - 1];
          const blockMarks = marks.length ? marks.filter((m) => m.start < block.end && m.end > block.start) : NO_MARKS;
          return (
            <div
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              className={`${classes.row} ${item.index === 0 ? classes.first : ''} ${item.index === blocks.length - 1 ? classes.last : ''}`}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              {editing === item.index ? (
                <TurnEditor
                  sourceId={sourceId}
                  text={text}
                  blocks={blocks}
                  index={item.index}
                  onClose={() => {
                    setEditing(null);
                    scrollRef.current?.focus({ preventScroll: true });
                  }}
                />
              ) : (
                <>
                  <TurnEditButton block={block} index={item.index} onEdit={setEditing} />
                  <DocumentBlock
                    block={block}
                    text={text}
                    excerpts={index.byBlock[item.index]!}
                    marks={blockMarks.length ? blockMarks : NO_MARKS}
                    page={block.page !== undefined && block.page !== prev?.page ? block.page : null}
                    speaker={block.speaker !== undefined ? (names.get(block.speaker) ?? null) : null}
                    speakerSlot={block.speaker !== undefined ? (slots.get(block.speaker) ?? 0) : 0}
                    lanes={index.lanes}
                    maxLane={MAX_LANES - 1}
                    looks={looks}
                    colours={colours}
                    active={active}
                    onOpenExcerpt={onOpenExcerpt}
                    current={keys.currentBlock === item.index}
                playing={playingIndex === item.index}
                    review={review}
                  />
                </>
              )}
            </div>
          );
        })}
        {/* Once a code is applied the toolbar steps aside; the kept range stays drawn for a second code or Esc. */}
        {selection && (selection.live || selection.fromKeys || session.adjusting) && (
          <SelectionToolbar selection={selection} pinned={pinned} session={session} />
        )}
        {open && chosen && (
          <ExcerptPopover
            key={`${open.x}:${open.y}`}
            x={open.x}
            y={open.y}
            excerpts={openExcerpts}
            chosen={chosen}
            onChoose={(id) => setOpen({ ...open, chosen: id })}
            text={text}
            codes={codes}
            session={session}
            trapFocus={open.fromKeys}
            onClose={closeExcerpt}
          />
        )}
      </div>
    </div>
  );
}
