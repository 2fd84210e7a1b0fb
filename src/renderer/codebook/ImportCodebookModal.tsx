import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { Codebook } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { countCodes } from './codebook-file';

interface ImportCodebookModalProps {
  /** A codebook read from a file, waiting for the documenter's yes; null closes the dialog. */
  pending: { fileName: string; codebook: Codebook } | null;
  onClose: () => void;
}

export function ImportCodebookModal({ pending, onClose }: ImportCodebookModalProps) {
  const add = useMutationOp('codebook.import');
  const total = pending ? countCodes(pending.codebook.codes) : 0;
  const confirm = () => {
    if (!pending) return;
    add.mutate(
      { codebook: pending.codebook },
      {
        onSuccess: ({ created, skipped }) => {
          notifyDone(
            skipped
              ? `${created} codes added; ${skipped} were already there and kept as they are.`
              : `${created} codes added.`,
            `Imported ${pending.fileName}`,
          );
          onClose();
        },
        onError: (e) => notifyError('The codebook was not imported', e),
      },
    );
  };
  return (
    <Modal opened={pending !== null} onClose={onClose} title="Import codebook">
      <Stack gap="lg">
        <Text size="sm">
          {pending?.codebook.name ? `“${pending.codebook.name}”` : `“${pending?.fileName}”`} holds {total} codes. They
          are added to this lab’s codebook; a code whose name already exists in the same place is kept as it is, not
          doubled. You can undo the import.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={confirm} loading={add.isPending} data-autofocus>
            Add {total} codes
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
