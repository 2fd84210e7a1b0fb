import { ExternalHyperlink, FootnoteReferenceRun, Paragraph, TextRun, type ParagraphChild } from 'docx';
import type { PmMark, PmNode } from '../../../shared/domain/report';
import { STYLE } from './docx-styles';

/** A footnote of its own, numbered by Word in order of appearance. */
export function footnote(text: string): FootnoteReferenceRun {
  // Word puts the note's number before its text; a space keeps them apart, as Word's own notes have.
  return new FootnoteReferenceRun({ children: [new Paragraph({ style: STYLE.footnoteText, children: [new TextRun(` ${text}`)] })] });
}

function runOf(text: string, marks: PmMark[] | undefined): TextRun {
  const has = (t: string) => marks?.some((m) => m.type === t) ?? false;
  return new TextRun({
    text,
    ...(has('bold') ? { bold: true } : {}),
    ...(has('italic') ? { italics: true } : {}),
    ...(has('underline') ? { underline: {} } : {}),
    ...(has('strike') ? { strike: true } : {}),
    ...(has('code') ? { font: 'Consolas' } : {}),
    ...(has('superscript') ? { superScript: true } : {}),
    ...(has('subscript') ? { subScript: true } : {}),
  });
}

const SAFE_LINK = /^(https?:|mailto:)/i;

/**
 * The inline content of a paragraph or heading: text with bold, italic and other marks, links (web and mail only:
 * a report leaves the lab, so no file: or javascript: links), line breaks and footnotes. `clean` takes
 * participants' names out of the text.
 */
export function inlineChildren(nodes: PmNode[] | undefined, clean: (s: string) => string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text' && n.text) {
      const text = clean(n.text);
      const link = n.marks?.find((m) => m.type === 'link');
      const href = typeof link?.attrs?.href === 'string' ? link.attrs.href : '';
      out.push(SAFE_LINK.test(href) ? new ExternalHyperlink({ link: href, children: [new TextRun({ text, style: 'Hyperlink' })] }) : runOf(text, n.marks));
    } else if (n.type === 'hardBreak') out.push(new TextRun({ break: 1 }));
    else if (n.type === 'footnote') {
      const text = clean(typeof n.attrs?.text === 'string' ? n.attrs.text : '');
      if (text) out.push(footnote(text));
    } else if (n.content) out.push(...inlineChildren(n.content, clean));
  }
  return out;
}
