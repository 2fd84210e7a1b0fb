import { LinkToMemoMenu } from '../memos/LinkToMemoMenu';
import { QuoteInReportMenu } from '../reports/QuoteInReportMenu';

/** What the Evidence page's excerpt lists offer for a selection: link it to a memo, or quote it in a report. */
export function excerptActions(excerptIds: string[], clear: () => void) {
  return (
    <>
      <LinkToMemoMenu excerptIds={excerptIds} onLinked={clear} />
      <QuoteInReportMenu excerptIds={excerptIds} onQuoted={clear} />
    </>
  );
}
