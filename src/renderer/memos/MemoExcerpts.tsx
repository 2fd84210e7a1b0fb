import { Button, Group, Stack, Text } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import type { Memo } from '../../shared/domain/memo';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { ExcerptList } from '../excerpts/ExcerptList';
import { LinkExcerptsModal } from './LinkExcerptsModal';

/** The excerpts a memo is linked to: open one in its source, unlink some, or link more. */
export function MemoExcerpts({ memo }: { memo: Memo }) {
  const [linking, setLinking] = useState(false);
  const unlink = useMutationOp('memos.link');
  const filter = useMemo(() => ({ excerptIds: memo.excerptIds }), [memo.excerptIds]);
  const n = memo.excerptIds.length;
  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Text fw={600} size="sm">
          Linked excerpts {n > 0 && <Text span c="dimmed" size="sm">({n})</Text>}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconLink size={14} />} onClick={() => setLinking(true)}>
          Link excerpts…
        </Button>
      </Group>
      {n === 0 ? (
        <Text size="sm" c="dimmed">
          No excerpts yet. Link the passages this memo reflects on, and they stay one click away.
        </Text>
      ) : (
        <div style={{ height: Math.min(460, 60 + n * 124), display: 'flex', flexDirection: 'column' }}>
          <ExcerptList
            filter={filter}
            label={`Excerpts linked to ${memo.title}`}
            tagging={false}
            selectionActions={(excerptIds, clear) => (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconUnlink size={14} />}
                loading={unlink.isPending}
                onClick={() =>
                  unlink.mutate(
                    { id: memo.id, excerptIds, unlink: true },
                    {
                      onSuccess: () => {
                        notifyDone(`Unlinked ${excerptIds.length === 1 ? 'the excerpt' : `${excerptIds.length} excerpts`}.`);
                        clear();
                      },
                      onError: (e) => notifyError('Could not unlink', e),
                    },
                  )
                }
              >
                Unlink
              </Button>
            )}
          />
        </div>
      )}
      <LinkExcerptsModal memo={memo} opened={linking} onClose={() => setLinking(false)} />
    </Stack>
  );
}
