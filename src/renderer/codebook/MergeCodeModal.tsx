import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { commandRegistry } from '../commands/registry';
import { notifyDone, notifyError } from '../components/notify';
import { codeOptions } from './code-tree';

interface MergeCodeModalProps {
  code: CodeWithCounts | null;
  codes: CodeWithCounts[];
  onClose: () => void;
  onMerged: (intoId: string) => void;
}

function consequence(code: CodeWithCounts, target: CodeWithCounts, children: number): string {
  const n = code.excerptCount;
  const excerpts =
    n === 0
      ? `No excerpt is coded with “${code.name}” itself`
      : `The ${n === 1 ? 'excerpt' : `${n.toLocaleString()} excerpts`} coded with “${code.name}” will be coded with “${target.name}” instead`;
  const kids = children
    ? `; its ${children === 1 ? 'child code moves' : `${children} child codes move`} under “${target.name}”`
    : '';
  return `${excerpts}${kids}; then “${code.name}” disappears. Nothing is lost, and you can undo it.`;
}

function MergeForm({ code, codes, onClose, onMerged }: MergeCodeModalProps & { code: CodeWithCounts }) {
  const merge = useMutationOp('codes.merge');
  const [into, setInto] = useState<string | null>(null);
  const target = codes.find((c) => c.id === into);
  const children = codes.filter((c) => c.parentId === code.id).length;
  const submit = () => {
    if (!target) return;
    merge.mutate(
      { fromId: code.id, intoId: target.id },
      {
        onSuccess: ({ moved, alreadyThere }) => {
          const extra = alreadyThere ? ` (${alreadyThere} already had it)` : '';
          notifyDone(
            `${moved} excerpts moved to “${target.name}”${extra}. ${commandRegistry.undo.shortcut} undoes it.`,
            `Merged “${code.name}”`,
          );
          onMerged(target.id);
          onClose();
        },
        onError: (e) => notifyError('The codes were not merged', e),
      },
    );
  };
  return (
    <Stack gap="md">
      <Select
        label="Merge into"
        placeholder="Pick the code to keep"
        data={codeOptions(codes, [code.id])}
        value={into}
        onChange={setInto}
        searchable
        data-autofocus
      />
      <Text size="sm">
        {target
          ? consequence(code, target, children)
          : `Pick the code that “${code.name}” should become. Its excerpts move over and it disappears.`}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={submit} disabled={!target} loading={merge.isPending}>
          Merge
        </Button>
      </Group>
    </Stack>
  );
}

/** Two codes that mean the same thing become one. */
export function MergeCodeModal(props: MergeCodeModalProps) {
  const { code } = props;
  return (
    <Modal opened={code !== null} onClose={props.onClose} title={code ? `Merge “${code.name}” into another code` : ''}>
      {code && <MergeForm key={code.id} {...props} code={code} />}
    </Modal>
  );
}
