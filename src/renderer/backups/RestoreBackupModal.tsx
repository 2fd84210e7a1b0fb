import { Alert, Button, Loader, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { BackupInfo } from '../../shared/domain/backup';
import { dropLabQueries } from '../client/app-state-cache';
import { useMutationOp, useOp } from '../client/use-op';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notifyDone, notifyError } from '../components/notify';
import { closeRestore, useRestoreRequest } from './restore-store';

const REASONS: Record<BackupInfo['reason'], string> = {
  open: 'Opened',
  auto: 'Automatic',
  manual: 'Made by hand',
  'before-migration': 'Before upgrade',
  'before-restore': 'Before a restore',
};

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function BackupList({ onPick }: { onPick: (b: BackupInfo) => void }) {
  // Backups are files, not tables: read them afresh each time the dialog opens.
  const list = useOp('backups.list', {}, { staleTime: 0, gcTime: 0 });
  if (list.isError) return <Alert color="red">{list.error.message}</Alert>;
  if (!list.data) return <Loader size="sm" />;
  if (list.data.length === 0) return <Text size="sm">This lab has no backups yet.</Text>;
  return (
    <ScrollArea.Autosize mah={420}>
      <Table striped highlightOnHover aria-label="Backups of this lab">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Made</Table.Th>
            <Table.Th>Why</Table.Th>
            <Table.Th ta="right">Sources</Table.Th>
            <Table.Th ta="right">Excerpts</Table.Th>
            <Table.Th>Schema</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((b) => (
            <Table.Tr key={b.path}>
              <Table.Td>{when(b.at)}</Table.Td>
              <Table.Td>{REASONS[b.reason]}</Table.Td>
              <Table.Td ta="right">{b.sources ?? '—'}</Table.Td>
              <Table.Td ta="right">{b.excerpts ?? '—'}</Table.Td>
              <Table.Td>{b.schemaVersion}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" disabled={b.problem !== null} title={b.problem ?? undefined} aria-label={`Restore the backup of ${when(b.at)}`} onClick={() => onPick(b)}>
                  Restore…
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  );
}

/** File › Restore from Backup…: the lab's backups with dates and counts; restoring asks first, then reopens the lab. */
export function RestoreBackupModal() {
  const opened = useRestoreRequest();
  const qc = useQueryClient();
  const restore = useMutationOp('backups.restore');
  const [picked, setPicked] = useState<BackupInfo | null>(null);
  if (!opened) return null;
  const confirm = () => {
    if (!picked) return;
    restore.mutate(
      { backup: picked.path },
      {
        onSuccess: () => {
          dropLabQueries(qc);
          setPicked(null);
          closeRestore();
          notifyDone(`The lab is back as it was on ${when(picked.at)}. Its state before the restore was backed up too.`, 'Restored');
        },
        onError: (e) => notifyError('Could not restore the backup', e),
      },
    );
  };
  return (
    <>
      <Modal opened onClose={closeRestore} title="Restore from Backup" size="xl">
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Backups are made when the lab is opened, every ten minutes while it changes, and before an upgrade.
          </Text>
          <BackupList onPick={setPicked} />
        </Stack>
      </Modal>
      <ConfirmDialog
        opened={picked !== null}
        title="Restore this backup?"
        confirmLabel="Restore"
        busy={restore.isPending}
        onConfirm={confirm}
        onClose={() => setPicked(null)}
      >
        {picked
          ? `The lab will be replaced by the backup of ${when(picked.at)} (${picked.sources ?? 0} sources, ${picked.excerpts ?? 0} excerpts). The lab as it is now is backed up first.`
          : ''}
      </ConfirmDialog>
    </>
  );
}
