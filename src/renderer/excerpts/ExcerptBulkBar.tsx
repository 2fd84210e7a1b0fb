import { Button, Group, Menu, Text } from '@mantine/core';
import { IconArrowBackUp, IconChevronDown, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { EvidenceDimension } from '../../shared/domain/evidence';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { BulkTagPopover } from './BulkTagPopover';

interface ExcerptBulkBarProps {
  excerptIds: string[];
  dimensions: EvidenceDimension[];
  tagging: boolean;
  /** Further actions on the selection, e.g. linking it to a memo. */
  actions?: ReactNode;
  onClear: () => void;
}

/** What can be done to the selected excerpts at once; every tagging action is one undoable step. */
export function ExcerptBulkBar({ excerptIds, dimensions, tagging, actions, onClear }: ExcerptBulkBarProps) {
  const tag = useMutationOp('evidence.tagExcerpts');
  const n = excerptIds.length;
  const reset = (d: EvidenceDimension) =>
    tag.mutate(
      { excerptIds, clearDimension: d.id },
      {
        onSuccess: () => notifyDone(`${n === 1 ? 'The excerpt uses' : `${n.toLocaleString()} excerpts use`} the source’s ${d.label.toLowerCase()} again.`),
        onError: (e) => notifyError('Could not change the tags', e),
      },
    );
  return (
    <Group gap={6} wrap="wrap" role="toolbar" aria-label="Selected excerpts">
      <Text size="sm" fw={600} mr={4}>
        {n.toLocaleString()} selected
      </Text>
      {tagging && (
        <>
          <BulkTagPopover mode="add" excerptIds={excerptIds} dimensions={dimensions} />
          <BulkTagPopover mode="remove" excerptIds={excerptIds} dimensions={dimensions} />
          <Menu position="bottom-start" shadow="md">
            <Menu.Target>
              <Button size="xs" variant="default" leftSection={<IconArrowBackUp size={14} />} rightSection={<IconChevronDown size={14} />} loading={tag.isPending}>
                Use the source’s tags
              </Button>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Label>Drop the excerpts’ own tags in…</Menu.Label>
              {dimensions.map((d) => (
                <Menu.Item key={d.id} onClick={() => reset(d)}>
                  {d.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </>
      )}
      {actions}
      <Button size="xs" variant="subtle" color="gray" leftSection={<IconX size={14} />} onClick={onClear}>
        Clear selection
      </Button>
    </Group>
  );
}
