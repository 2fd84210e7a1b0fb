import { IconQuote } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone } from '../components/notify';
import { PickPopover } from '../components/PickPopover';

interface QuoteInReportMenuProps {
  excerptIds: string[];
  onQuoted?: () => void;
  withinPortal?: boolean;
}

/** Quotes the selected excerpts in a report picked from the list: they land at the end of its “Key quotes”. */
export function QuoteInReportMenu({ excerptIds, onQuoted, withinPortal }: QuoteInReportMenuProps) {
  const [opened, setOpened] = useState(false);
  const reports = useOp('reports.list', {}, { enabled: opened });
  const add = useMutationOp('reports.addQuotes');
  const n = excerptIds.length;
  return (
    <PickPopover
      label="Quote in report…"
      icon={IconQuote}
      onOpen={() => setOpened(true)}
      items={reports.data?.map((r) => ({ id: r.id, title: r.title, detail: `${r.kind === 'final' ? 'Policy report' : (r.phaseName ?? 'Iteration report')} · ${r.quotes === 1 ? '1 quote' : `${r.quotes} quotes`}` }))}
      empty="No reports yet: start one on the Reports page."
      busy={add.isPending}
      withinPortal={withinPortal}
      failure="Could not quote the excerpts"
      onPick={(r) =>
        add.mutateAsync({ id: r.id, excerptIds }).then(() => {
          notifyDone(`Quoted ${n === 1 ? 'the excerpt' : `${n.toLocaleString()} excerpts`} in “${r.title}”, under Key quotes.`);
          onQuoted?.();
        })
      }
    />
  );
}
