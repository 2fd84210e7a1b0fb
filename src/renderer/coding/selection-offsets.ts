/**
 * Maps the page's selection to offsets in the source text. Every run of text is a span with
 * `data-start` (its start offset); speaker names, timestamps and page markers sit outside such spans and
 * are never counted. Offsets are UTF-16, as both the DOM and the store count them.
 */
export const TEXT_SPAN_SELECTOR = '[data-start]';

function spanStart(span: Element): number {
  return Number((span as HTMLElement).dataset.start);
}

function spanEnd(span: Element): number {
  return spanStart(span) + (span.textContent?.length ?? 0);
}

/** The source offset of a DOM point: inside a text span, exact; elsewhere, the start of the next span. */
export function offsetAtPoint(root: Element, node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const span = node.parentElement;
    if (span?.matches(TEXT_SPAN_SELECTOR) && root.contains(span)) return spanStart(span) + offset;
  } else if (node instanceof Element && node.matches(TEXT_SPAN_SELECTOR) && root.contains(node)) {
    return offset === 0 ? spanStart(node) : spanEnd(node);
  }
  // Between blocks, in a speaker label or beyond the document: the nearest text span in document order. The
  // text between blocks is only line breaks, which the range is trimmed of anyway.
  const spans = root.querySelectorAll(TEXT_SPAN_SELECTOR);
  if (spans.length === 0) return null;
  const point = document.createRange();
  point.setStart(node, offset);
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // comparePoint < 0: the span starts before the point.
    if (point.comparePoint(spans[mid]!, 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length ? spanStart(spans[lo]!) : spanEnd(spans[spans.length - 1]!);
}

/**
 * The selection as [start, end) in the source, whichever way it was made; null when nothing is selected in
 * `root`. The selection must begin in the document (a drag from the codebook panel is not a passage); it
 * may end beyond it, as a drag past the last line does, and is then cut at the document's edge.
 */
export function selectionOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  if (!selection.anchorNode || !root.contains(selection.anchorNode)) return null;
  const range = selection.getRangeAt(0);
  const a = offsetAtPoint(root, range.startContainer, range.startOffset);
  const b = offsetAtPoint(root, range.endContainer, range.endOffset);
  if (a === null || b === null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Where the selection ends on screen, to place the coding toolbar beside it. */
export function selectionEndRect(selection: Selection | null): DOMRect | null {
  if (!selection || selection.rangeCount === 0) return null;
  const rects = [...selection.getRangeAt(0).getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  return rects.at(-1) ?? null;
}

/** Where the character at `offset` is on screen (or the end of the one before it); null when it is not in the page. */
export function offsetRect(root: Element, offset: number): DOMRect | null {
  for (const span of root.querySelectorAll(TEXT_SPAN_SELECTOR)) {
    const start = spanStart(span);
    const node = span.firstChild;
    if (!node || offset < start || offset > spanEnd(span)) continue;
    const length = node.textContent?.length ?? 0;
    const i = Math.min(offset - start, length);
    const range = document.createRange();
    range.setStart(node, i < length ? i : Math.max(0, i - 1));
    range.setEnd(node, i < length ? i + 1 : i);
    const rect = range.getClientRects()[0];
    if (rect) return rect;
  }
  return null;
}
