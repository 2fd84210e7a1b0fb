import { Button } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';

/** Deletes the rows ticked in a list; absent while none is. */
export function DeleteSelectedButton({ count, onDelete }: { count: number; onDelete: () => void }) {
  if (count === 0) return null;
  return (
    <Button variant="light" color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
      Delete {count.toLocaleString()} selected
    </Button>
  );
}
