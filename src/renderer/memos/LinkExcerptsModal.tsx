import { Button, Modal, Stack } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import type { Memo } from '../../shared/domain/memo';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { ExcerptFilterBar } from '../excerpts/ExcerptFilterBar';
import { ExcerptList } from '../excerpts/ExcerptList';

interface LinkExcerptsModalProps {
  memo: Memo;
  opened: boolean;
  onClose: () => void;
}

/** Find excerpts with the usual filter, select them, and link them to the memo. */
export function LinkExcerptsModal({ memo, opened, onClose }: LinkExcerptsModalProps) {
  const [filter, setFilter] = useState<ExcerptFilter>({});
  const link = useMutationOp('memos.link');
  return (
    <Modal opened={opened} onClose={onClose} title={`Link excerpts to “${memo.title}”`} size={1000}>
      <Stack gap="sm" h="70vh">
        <ExcerptFilterBar value={filter} onChange={setFilter} savedQueries />
        <ExcerptList
          filter={filter}
          label="Excerpts to link"
          tagging={false}
          selectionActions={(excerptIds, clear) => (
            <Button
              size="xs"
              leftSection={<IconLink size={14} />}
              loading={link.isPending}
              onClick={() =>
                link.mutate(
                  { id: memo.id, excerptIds },
                  {
                    onSuccess: () => {
                      notifyDone(`Linked ${excerptIds.length === 1 ? 'the excerpt' : `${excerptIds.length} excerpts`} to “${memo.title}”.`);
                      clear();
                      onClose();
                    },
                    onError: (e) => notifyError('Could not link the excerpts', e),
                  },
                )
              }
            >
              Link {excerptIds.length === 1 ? '1 excerpt' : `${excerptIds.length} excerpts`}
            </Button>
          )}
        />
      </Stack>
    </Modal>
  );
}
