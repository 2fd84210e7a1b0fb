import { AlignmentType, BorderStyle, HeadingLevel, ImageRun, LineRuleType, Paragraph, TextRun, type FileChild } from 'docx';
import type { PmNode, QuoteView, ResolvedBlock } from '../../../shared/domain/report';
import type { Privacy } from '../../reports/privacy';
import { barChartPng, chartHasData } from '../chart/bar-chart';
import { footnote, inlineChildren } from './docx-inline';
import { BULLETS, NUMBERS, RULE, STYLE } from './docx-styles';
import { docxTable } from './docx-table';

const CHART_WIDTH_INCHES = 6.3;
const CHART_DPI = 200;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** What turning one report body into Word needs, and what it counts as it goes. */
export interface BodyContext {
  privacy: Privacy;
  blocks: Record<string, ResolvedBlock>;
  tables: number;
  figures: number;
  lists: number;
  /** Called after each live block, for the job's progress. */
  tick: () => void;
}

function note(text: string): Paragraph {
  return new Paragraph({ style: STYLE.blockNote, children: [new TextRun(text)] });
}

/** A quote: its text in the Quote style (a paragraph per paragraph of the excerpt), then “— who” and a footnote citing the source. */
export function quoteParagraphs(q: Pick<QuoteView, 'text' | 'attribution' | 'citation'>): Paragraph[] {
  const paras = q.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const last = paras.length - 1;
  return [
    ...paras.map(
      (p, i) =>
        new Paragraph({
          style: STYLE.quote,
          children: [new TextRun(`${i === 0 ? '“' : ''}${p}${i === last ? '”' : ''}`)],
        }),
    ),
    new Paragraph({
      style: STYLE.quoteSource,
      children: [new TextRun(q.attribution ? `— ${q.attribution}` : '—'), ...(q.citation ? [footnote(q.citation)] : [])],
    }),
  ];
}

function caption(kind: 'Table' | 'Figure', n: number, title: string, after = false): Paragraph {
  return new Paragraph({
    heading: undefined,
    style: 'Caption',
    ...(after ? { keepNext: false, spacing: { before: 80, after: 280 } } : {}),
    children: [new TextRun({ text: `${kind} ${n}. `, bold: true }), new TextRun({ text: title, bold: false })],
  });
}

function liveBlock(node: PmNode, ctx: BodyContext): FileChild[] {
  const id = String(node.attrs?.id ?? '');
  const b = ctx.blocks[id];
  ctx.tick();
  if (!b) return [];
  const clean = ctx.privacy.text;
  switch (b.kind) {
    case 'quote':
      if (b.error) return [note(`[${b.error}]`)];
      return quoteParagraphs(b);
    case 'excerptList': {
      if (b.error) return [note(`[${b.error}]`)];
      const head = new Paragraph({
        style: 'Caption',
        children: [new TextRun(clean(b.title) || 'Excerpts'), new TextRun({ text: `  (${b.quotes.length < b.total ? `${b.quotes.length} of ${b.total}` : b.total} excerpts)`, bold: false })],
      });
      return [head, ...(b.quotes.length ? b.quotes.flatMap(quoteParagraphs) : [note('No excerpts match this list yet.')])];
    }
    case 'liveTable': {
      ctx.tables++;
      const title = clean(b.title);
      if (b.error) return [caption('Table', ctx.tables, title), note(`[${b.error}]`)];
      if (b.table.rows.length === 0) return [caption('Table', ctx.tables, title), note('No data yet.')];
      return [
        caption('Table', ctx.tables, title),
        docxTable(b.table),
        ...(b.table.note ? [new Paragraph({ style: STYLE.tableNote, children: [new TextRun(b.table.note)] })] : [new Paragraph({ style: STYLE.tableNote, children: [] })]),
      ];
    }
    case 'liveChart': {
      ctx.figures++;
      const title = clean(b.title);
      if (b.error) return [note(`[${b.error}]`), caption('Figure', ctx.figures, title, true)];
      if (!chartHasData(b.chart)) return [note('No data to chart yet.'), caption('Figure', ctx.figures, title, true)];
      const img = barChartPng(b.chart, { widthInches: CHART_WIDTH_INCHES, dpi: CHART_DPI });
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 200, after: 0, line: 240, lineRule: LineRuleType.AUTO },
          children: [
            new ImageRun({
              type: 'png',
              data: img.png,
              transformation: { width: Math.round(img.widthInches * 96), height: Math.round(img.heightInches * 96) },
              altText: { name: title, description: `Bar chart: ${title}`, title },
            }),
          ],
        }),
        caption('Figure', ctx.figures, title, true),
      ];
    }
  }
}

function listItems(list: PmNode, ctx: BodyContext, depth: number): FileChild[] {
  const ordered = list.type === 'orderedList';
  const instance = ++ctx.lists;
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, i) => {
      if (child.type === 'bulletList' || child.type === 'orderedList') return listItems(child, ctx, depth + 1);
      const children = inlineChildren(child.content, ctx.privacy.text);
      if (i === 0) return [new Paragraph({ children, numbering: { reference: ordered ? NUMBERS : BULLETS, level: Math.min(depth, 3), instance } })];
      return [new Paragraph({ children, indent: { left: 360 * (Math.min(depth, 3) + 1) } })];
    }),
  );
}

/** One block node of the body (and what is inside it) as Word paragraphs and tables. */
export function blockChildren(node: PmNode, ctx: BodyContext): FileChild[] {
  const clean = ctx.privacy.text;
  switch (node.type) {
    case 'paragraph':
      return [new Paragraph({ children: inlineChildren(node.content, clean) })];
    case 'heading': {
      const level = Math.min(3, Math.max(1, Number(node.attrs?.level ?? 1)));
      return [new Paragraph({ heading: HEADINGS[level - 1], children: inlineChildren(node.content, clean) })];
    }
    case 'bulletList':
    case 'orderedList':
      return listItems(node, ctx, 0);
    case 'blockquote':
      return (node.content ?? []).map((p) => new Paragraph({ style: STYLE.quote, children: inlineChildren(p.content, clean) }));
    case 'horizontalRule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: RULE, space: 1 } }, children: [] })];
    case 'codeBlock':
      return [new Paragraph({ children: [new TextRun({ text: clean(node.content?.map((c) => c.text ?? '').join('') ?? ''), font: 'Consolas', size: 18 })] })];
    case 'quote':
    case 'excerptList':
    case 'liveTable':
    case 'liveChart':
      return liveBlock(node, ctx);
    default:
      // An editor node this exporter does not know: keep its text rather than lose it.
      return node.content ? node.content.flatMap((c) => (c.type === 'text' ? [new Paragraph({ children: inlineChildren([c], clean) })] : blockChildren(c, ctx))) : [];
  }
}
