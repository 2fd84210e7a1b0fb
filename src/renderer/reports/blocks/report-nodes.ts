import { Node, ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';
import type { LiveBlockType } from '../../../shared/domain/report';
import { ExcerptListBlock } from './ExcerptListBlock';
import { FootnoteMarker } from './FootnoteMarker';
import { LiveChartBlock, LiveTableBlock } from './LiveTableBlock';
import { QuoteBlock } from './QuoteBlock';

/*
 * The report's own nodes, with the attrs the store and the exporters read (src/shared/domain/report.ts).
 * Attrs hold objects (filters, axes), so each node copies to and from HTML (the clipboard) as one JSON
 * attribute rather than one HTML attribute per field.
 */

function attrsFromHtml(el: HTMLElement): Record<string, unknown> | false {
  try {
    const parsed: unknown = JSON.parse(el.getAttribute('data-attrs') ?? '');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : false;
  } catch {
    return false;
  }
}

function liveBlock(name: LiveBlockType, view: ComponentType<ReactNodeViewProps>, defaults: Record<string, unknown>) {
  return Node.create({
    name,
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes() {
      return Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, { default: v, rendered: false }]));
    },
    parseHTML() {
      return [{ tag: `div[data-live="${name}"]`, getAttrs: attrsFromHtml }];
    },
    renderHTML({ node }) {
      return ['div', { 'data-live': name, 'data-attrs': JSON.stringify(node.attrs) }];
    },
    addNodeView() {
      return ReactNodeViewRenderer(view);
    },
  });
}

const TABLE_DEFAULTS = { id: '', title: '', kind: 'codeFrequencies', phaseId: null, rows: null, cols: null, filter: null, codeIds: null, mode: 'overlap' };

export const QuoteNode = liveBlock('quote', QuoteBlock, { id: '', excerptId: '', text: '', speaker: null, sourceTitle: '', sourceDate: null, insertedAt: '' });
export const ExcerptListNode = liveBlock('excerptList', ExcerptListBlock, { id: '', title: '', savedQueryId: null, filter: null, limit: 20 });
export const LiveTableNode = liveBlock('liveTable', LiveTableBlock, TABLE_DEFAULTS);
export const LiveChartNode = liveBlock('liveChart', LiveChartBlock, TABLE_DEFAULTS);

/** A footnote: an inline marker, numbered in order by CSS, whose text the Word export turns into a real footnote. */
export const FootnoteNode = Node.create({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  addAttributes() {
    return { text: { default: '', rendered: false } };
  },
  parseHTML() {
    return [{ tag: 'sup[data-footnote]', getAttrs: (el) => ({ text: el.getAttribute('data-footnote') ?? '' }) }];
  },
  renderHTML({ node }) {
    return ['sup', { 'data-footnote': String(node.attrs.text ?? '') }];
  },
  addNodeView() {
    return ReactNodeViewRenderer(FootnoteMarker);
  },
});

export const REPORT_NODES = [QuoteNode, ExcerptListNode, LiveTableNode, LiveChartNode, FootnoteNode];
