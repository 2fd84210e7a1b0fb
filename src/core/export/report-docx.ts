import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, PageNumber, Paragraph, TabStopType, TableOfContents, TextRun } from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Lab } from '../../shared/domain/lab';
import type { Report, ResolvedBlock } from '../../shared/domain/report';
import type { Progress } from '../jobs/job-registry';
import { getLab } from '../lab/lab-profile';
import { privacyFor, type Privacy } from '../reports/privacy';
import { liveBlocksOf } from '../reports/report-body';
import { mustGetReport } from '../reports/reports';
import { resolveBlocks } from '../reports/resolve-report';
import { longDate } from '../reports/resolve-quotes';
import type { LabStore } from '../store/lab-store';
import { selectPhases } from '../store/queries/timeline-queries';
import { blockChildren, type BodyContext } from './docx/docx-blocks';
import { documentStyles, MUTED, numbering, PAGE, RULE, STYLE, TEXT_WIDTH } from './docx/docx-styles';

/** Paragraphs and tables up to which the contents' page numbers are worked out here (about 500 quotes). */
const MAX_ESTIMATED_BLOCKS = 1500;

/** Everything a report's Word file is made from, read in one transaction so it is one consistent state of the lab. */
export interface ReportSnapshot {
  lab: Lab;
  report: Report;
  phaseName: string | null;
  blocks: Record<string, ResolvedBlock>;
  privacy: Privacy;
  today: string;
}

export function readReport(store: LabStore, reportId: string, realNames: boolean): ReportSnapshot {
  return store.tx(() => {
    const report = mustGetReport(store, reportId);
    const privacy = privacyFor(store, realNames);
    const phase = selectPhases(store).find((p) => p.id === report.phaseId);
    return {
      lab: getLab(store),
      report,
      phaseName: phase?.name ?? null,
      blocks: resolveBlocks(store, report.body, { privacy, reportPhaseId: report.phaseId, reportKind: report.kind }),
      privacy,
      today: new Date().toISOString().slice(0, 10),
    };
  });
}

function titlePage(s: ReportSnapshot): Paragraph[] {
  const { lab, report, privacy } = s;
  const kind = report.kind === 'final' ? 'Policy report' : `Iteration report${s.phaseName ? ` · ${s.phaseName}` : ''}`;
  const place = [lab.city, lab.country].filter(Boolean).join(', ');
  const meta = [lab.name, place, lab.localPartner && `With ${lab.localPartner}`, `Draft of ${longDate(s.today)}`].filter(Boolean) as string[];
  return [
    new Paragraph({ heading: 'Title', children: [new TextRun(privacy.text(report.title))] }),
    new Paragraph({ style: STYLE.subtitle, children: [new TextRun(kind)] }),
    ...meta.map((m) => new Paragraph({ style: STYLE.titleMeta, children: [new TextRun(privacy.text(m))] })),
    new Paragraph({
      style: STYLE.titleMeta,
      spacing: { before: 600 },
      children: [
        new TextRun({
          text: privacy.realNames
            ? 'This draft names participants. Check their consent before sharing it outside the lab.'
            : 'Participants are named by pseudonym throughout, quotations included; other speakers by a stand-in such as “Speaker 1”.',
          italics: true,
        }),
      ],
    }),
  ];
}

function header(s: ReportSnapshot): Header {
  return new Header({
    children: [
      new Paragraph({
        style: 'Header',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 } },
        children: [new TextRun(s.privacy.text(s.lab.name)), new TextRun(`\t${s.privacy.text(s.report.title)}`)],
      }),
    ],
  });
}

function footer(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        style: 'Footer',
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], color: MUTED })],
      }),
    ],
  });
}

/**
 * The report as a Word document: a title page, a table of contents (a real TOC field over Heading 1–3), the
 * body in the document's own styles, live blocks as they are now, a header with the lab's name and page numbers.
 */
export async function renderReportDocx(s: ReportSnapshot, progress: Progress = () => undefined, signal?: AbortSignal): Promise<Buffer> {
  const total = liveBlocksOf(s.report.body).length + 2;
  let done = 0;
  const ctx: BodyContext = {
    privacy: s.privacy,
    blocks: s.blocks,
    tables: 0,
    figures: 0,
    lists: 0,
    tick: () => {
      signal?.throwIfAborted();
      if (++done % 25 === 0) progress(done, total, 'Writing the report');
    },
  };
  const body = s.report.body.content.flatMap((n) => blockChildren(n, ctx));
  progress(total - 1, total, 'Packing the Word file');
  const doc = new Document({
    title: s.privacy.text(s.report.title),
    creator: 'Scaling Lab Workbench',
    description: s.privacy.text(`${s.lab.name}: ${s.report.kind === 'final' ? 'policy report' : 'iteration report'}`),
    styles: documentStyles(),
    numbering: numbering(),
    // The contents' page numbers, worked out by laying the pages out as Word does, so the table is complete in any
    // reader. Laying out takes seconds beyond a few hundred pages' worth, so a longer report leaves them to Word,
    // which fills them in when it opens the file.
    ...(body.length <= MAX_ESTIMATED_BLOCKS ? { pageNumbers: estimatePageNumbers } : { features: { updateFields: true } }),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.side, right: PAGE.side, header: 709, footer: 709 },
          },
        },
        headers: { default: header(s), first: new Header({ children: [new Paragraph({ style: 'Header', children: [] })] }) },
        footers: { default: footer(), first: new Footer({ children: [new Paragraph({ style: 'Footer', children: [] })] }) },
        children: [
          ...titlePage(s),
          new Paragraph({ style: STYLE.tocHeading, pageBreakBefore: true, children: [new TextRun('Contents')] }),
          new TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-3' }),
          new Paragraph({ pageBreakBefore: true, children: [] }),
          ...body,
        ],
      },
    ],
  });
  signal?.throwIfAborted();
  const buffer = await Packer.toBuffer(doc);
  progress(total, total, 'Packing the Word file');
  return buffer;
}

export function deletedQuoteWarnings(s: ReportSnapshot): string[] {
  const deleted = Object.values(s.blocks).filter((b) => b.kind === 'quote' && b.status === 'deleted').length;
  return deleted ? [`${deleted} quote${deleted === 1 ? ' cites an excerpt' : 's cite excerpts'} deleted since ${deleted === 1 ? 'it was' : 'they were'} inserted; exported as inserted.`] : [];
}
