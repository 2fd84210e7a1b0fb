import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { IconGripVertical, IconPencil, IconTrash, type Icon } from '@tabler/icons-react';
import { NodeViewWrapper } from '@tiptap/react';
import type { ReactNode } from 'react';
import classes from './blocks.module.css';

interface BlockFrameProps {
  icon: Icon;
  /** What the block is: “Quote”, “Live table · Participation”. */
  label: string;
  testId: string;
  selected: boolean;
  onEdit?: (() => void) | undefined;
  onRemove: () => void;
  /** Right of the label: a status badge. */
  status?: ReactNode;
  children: ReactNode;
}

/**
 * The chrome around a live block in the editor: what it is, a drag handle, edit and remove. The block itself
 * cannot be typed into; it is regenerated from the lab whenever it is shown or exported.
 */
export function BlockFrame({ icon: I, label, testId, selected, onEdit, onRemove, status, children }: BlockFrameProps) {
  return (
    <NodeViewWrapper className={classes.frame} data-selected={selected || undefined} data-testid={testId} contentEditable={false}>
      <Group gap={6} className={classes.bar} wrap="nowrap">
        <span className={classes.handle} data-drag-handle aria-hidden>
          <IconGripVertical size={14} />
        </span>
        <I size={15} stroke={1.7} />
        <Text size="xs" fw={600} c="dimmed" tt="uppercase" truncate>
          {label}
        </Text>
        {status}
        <Group gap={2} ml="auto" wrap="nowrap">
          {onEdit && (
            <Tooltip label="Change what it shows">
              <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Edit ${label.toLowerCase()}`} onClick={onEdit}>
                <IconPencil size={14} />
              </ActionIcon>
            </Tooltip>
          )}
          <Tooltip label="Remove from the report">
            <ActionIcon size="sm" variant="subtle" color="gray" aria-label={`Remove ${label.toLowerCase()}`} onClick={onRemove}>
              <IconTrash size={14} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <div className={classes.body}>{children}</div>
    </NodeViewWrapper>
  );
}
