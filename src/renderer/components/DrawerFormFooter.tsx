import { Button, Group } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormActions } from './FormActions';

interface DrawerFormFooterProps {
  busy: boolean;
  onDelete: () => void;
  onCancel: () => void;
  /** More actions on the record, after Delete. */
  children?: ReactNode;
}

/** The foot of an edit drawer: delete (and other actions on the record) at the left, cancel and save at the right. */
export function DrawerFormFooter({ busy, onDelete, onCancel, children }: DrawerFormFooterProps) {
  return (
    <Group justify="space-between">
      <Group gap="xs">
        <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          Delete
        </Button>
        {children}
      </Group>
      <FormActions submitLabel="Save changes" busy={busy} onCancel={onCancel} gap="xs" />
    </Group>
  );
}
