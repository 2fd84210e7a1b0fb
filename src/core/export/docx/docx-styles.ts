import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/*
 * The report's look lives in the document's styles, so a policy team can restyle it in Word (Design › Themes,
 * Modify Style) and every heading and quote follows. Arial: on every Word machine, and LibreOffice maps it to the
 * metric-compatible Liberation Sans, so pages break the same way in both.
 */

export const FONT = 'Arial';
export const NAVY = '1F3A5F';
export const BLUE = '2F5F8F';
export const INK = '222A31';
export const MUTED = '5D6873';
export const RULE = 'C3CBD3';
export const HEADER_FILL = 'E6ECF2';
export const STRIPE_FILL = 'F6F8FA';

/** A4, margins of 2.2 cm at the sides: the text column is 6.5 inches (9,386 twips) wide. */
export const PAGE = { width: 11906, height: 16838, top: 1417, bottom: 1417, side: 1247 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.side;

export const STYLE = {
  quote: 'Quote',
  quoteSource: 'QuoteSource',
  tableText: 'TableText',
  tableHead: 'TableHead',
  tableNote: 'TableNote',
  subtitle: 'Subtitle',
  titleMeta: 'TitleMeta',
  tocHeading: 'TOCHeading',
  footnoteText: 'FootnoteText',
  blockNote: 'BlockNote',
} as const;

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 21, color: INK },
        paragraph: { spacing: { after: 140, line: 288, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: 52, bold: true, color: NAVY },
        paragraph: { spacing: { before: 2400, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: {
        run: { font: FONT, size: 32, bold: true, color: NAVY },
        paragraph: { spacing: { before: 440, after: 160, line: 264, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: FONT, size: 26, bold: true, color: BLUE },
        paragraph: { spacing: { before: 320, after: 100, line: 264, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: INK },
        paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
      },
      caption: {
        run: { font: FONT, size: 18, bold: true, italics: false, color: INK },
        paragraph: { spacing: { before: 280, after: 100 }, keepNext: true },
      },
      hyperlink: { run: { color: BLUE, underline: { type: 'single' } } },
      listParagraph: { paragraph: { spacing: { after: 80 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 30, color: BLUE },
        paragraph: { spacing: { after: 480 }, border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: BLUE, space: 12 } } },
      },
      {
        id: STYLE.titleMeta,
        name: 'Title Details',
        basedOn: 'Normal',
        run: { size: 21, color: MUTED },
        paragraph: { spacing: { after: 60 } },
      },
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: STYLE.quoteSource,
        quickFormat: true,
        run: { italics: true, color: '2E3A45', size: 21 },
        paragraph: {
          indent: { left: 567, right: 567 },
          spacing: { before: 200, after: 40, line: 288, lineRule: LineRuleType.AUTO },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: BLUE, space: 10 } },
          keepNext: true,
        },
      },
      {
        id: STYLE.quoteSource,
        name: 'Quote Source',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: 18, color: MUTED },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 0, after: 240 }, keepLines: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { before: 20, after: 20, line: 252, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableHead,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { size: 18, bold: true, color: NAVY },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.tableNote,
        name: 'Table Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 16, color: MUTED },
        paragraph: { spacing: { before: 60, after: 240 } },
      },
      {
        id: STYLE.blockNote,
        name: 'Block Note',
        basedOn: 'Normal',
        run: { size: 19, italics: true, color: MUTED },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 28, bold: true, color: NAVY },
        paragraph: { spacing: { before: 0, after: 200 } },
      },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', run: { bold: true }, paragraph: { spacing: { before: 120, after: 40 } } },
      { id: 'TOC2', name: 'toc 2', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 284 }, spacing: { after: 20 } } },
      { id: 'TOC3', name: 'toc 3', basedOn: 'Normal', next: 'Normal', run: { color: MUTED }, paragraph: { indent: { left: 567 }, spacing: { after: 20 } } },
      {
        id: STYLE.footnoteText,
        name: 'footnote text',
        basedOn: 'Normal',
        run: { size: 16, color: '3A4550' },
        paragraph: { spacing: { after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      { id: 'Header', name: 'header', basedOn: 'Normal', run: { size: 16, color: MUTED }, paragraph: { spacing: { after: 0 } } },
      { id: 'Footer', name: 'footer', basedOn: 'Normal', run: { size: 16, color: MUTED }, paragraph: { spacing: { after: 0 } } },
    ],
  };
}

export const BULLETS = 'report-bullets';
export const NUMBERS = 'report-numbers';

export function numbering(): INumberingOptions {
  const indent = (level: number) => ({ paragraph: { indent: { left: 360 * (level + 1), hanging: 280 } } });
  return {
    config: [
      {
        reference: BULLETS,
        levels: [0, 1, 2, 3].map((level) => ({
          level,
          format: LevelFormat.BULLET,
          text: ['•', '–', '◦', '–'][level]!,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
      {
        reference: NUMBERS,
        levels: [0, 1, 2, 3].map((level) => ({
          level,
          format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN, LevelFormat.DECIMAL][level]!,
          text: `%${level + 1}.`,
          alignment: AlignmentType.LEFT,
          style: indent(level),
        })),
      },
    ],
  };
}
