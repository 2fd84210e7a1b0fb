import { useDebouncedValue } from '@mantine/hooks';
import { IconNotes } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone } from '../components/notify';
import { PickPopover } from '../components/PickPopover';

interface LinkToMemoMenuProps {
  excerptIds: string[];
  onLinked?: () => void;
}

/** Links the selected excerpts to a memo picked from a searchable list. */
export function LinkToMemoMenu({ excerptIds, onLinked }: LinkToMemoMenuProps) {
  const [opened, setOpened] = useState(false);
  const [q, setQ] = useState('');
  const [needle] = useDebouncedValue(q.trim(), 200);
  const memos = useOp('memos.list', needle ? { q: needle } : {}, { enabled: opened, placeholderData: (prev) => prev });
  const link = useMutationOp('memos.link');
  const n = excerptIds.length;
  return (
    <PickPopover
      label="Link to memo…"
      icon={IconNotes}
      onOpen={() => setOpened(true)}
      search={{ label: 'Find a memo', value: q, onChange: setQ }}
      items={memos.data?.map((m) => ({ id: m.id, title: m.title, detail: m.excerptIds.length === 1 ? '1 linked excerpt' : `${m.excerptIds.length} linked excerpts` }))}
      empty={needle ? 'No memo matches.' : 'No memos yet: write one on the Memos page.'}
      busy={link.isPending}
      failure="Could not link the excerpts"
      onPick={(m) =>
        link.mutateAsync({ id: m.id, excerptIds }).then(() => {
          notifyDone(`Linked ${n === 1 ? 'the excerpt' : `${n.toLocaleString()} excerpts`} to “${m.title}”.`);
          onLinked?.();
        })
      }
    />
  );
}
