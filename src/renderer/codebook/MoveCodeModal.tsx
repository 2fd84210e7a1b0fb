import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { codeOptions } from './code-tree';

const TOP = '__top';

interface MoveCodeModalProps {
  code: CodeWithCounts | null;
  codes: CodeWithCounts[];
  onClose: () => void;
}

function MoveForm({ code, codes, onClose }: MoveCodeModalProps & { code: CodeWithCounts }) {
  const move = useMutationOp('codes.move');
  const [parent, setParent] = useState<string>(code.parentId ?? TOP);
  const submit = () => {
    const parentId = parent === TOP ? null : parent;
    if (parentId === code.parentId) return onClose();
    move.mutate(
      { id: code.id, parentId },
      {
        onSuccess: () => {
          notifyDone(`Moved “${code.name}”`);
          onClose();
        },
        onError: (e) => notifyError('The code was not moved', e),
      },
    );
  };
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        “{code.name}” and its child codes move together; it goes last among its new siblings.
      </Text>
      <Select
        label="Move into"
        data={[{ value: TOP, label: 'Top level' }, ...codeOptions(codes, [code.id])]}
        value={parent}
        onChange={(v) => setParent(v ?? TOP)}
        allowDeselect={false}
        searchable
        data-autofocus
      />
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} loading={move.isPending}>
          Move
        </Button>
      </Group>
    </Stack>
  );
}

/** The keyboard's way to move a code: pick its new parent. */
export function MoveCodeModal(props: MoveCodeModalProps) {
  return (
    <Modal opened={props.code !== null} onClose={props.onClose} title={props.code ? `Move “${props.code.name}”` : ''}>
      {props.code && <MoveForm key={props.code.id} {...props} code={props.code} />}
    </Modal>
  );
}
