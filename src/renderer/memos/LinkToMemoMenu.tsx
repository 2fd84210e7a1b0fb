import { Button, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconNotes, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import classes from './MemoList.module.css';

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
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={340} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button size="xs" variant="default" leftSection={<IconNotes size={14} />} onClick={() => setOpened((o) => !o)} aria-haspopup="dialog">
          Link to memo…
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Stack gap={6}>
          <TextInput
            size="xs"
            placeholder="Find a memo…"
            aria-label="Find a memo"
            leftSection={<IconSearch size={14} />}
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
            data-autofocus
          />
          <ScrollArea.Autosize mah={280} type="auto">
            {memos.data?.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                {needle ? 'No memo matches.' : 'No memos yet: write one on the Memos page.'}
              </Text>
            )}
            {memos.data?.map((m) => (
              <UnstyledButton
                key={m.id}
                className={classes.pick}
                disabled={link.isPending}
                onClick={() =>
                  link.mutate(
                    { id: m.id, excerptIds },
                    {
                      onSuccess: () => {
                        notifyDone(`Linked ${n === 1 ? 'the excerpt' : `${n.toLocaleString()} excerpts`} to “${m.title}”.`);
                        setOpened(false);
                        onLinked?.();
                      },
                      onError: (e) => notifyError('Could not link the excerpts', e),
                    },
                  )
                }
              >
                <Text size="sm" fw={500} lineClamp={1}>
                  {m.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {m.excerptIds.length === 1 ? '1 linked excerpt' : `${m.excerptIds.length} linked excerpts`}
                </Text>
              </UnstyledButton>
            ))}
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
