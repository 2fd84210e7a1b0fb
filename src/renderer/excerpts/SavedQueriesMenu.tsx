import { ActionIcon, Button, Group, Popover, ScrollArea, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconBookmarks, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { countChosen } from './excerpt-filter';
import classes from './SavedQueriesMenu.module.css';

interface SavedQueriesMenuProps {
  onLoad: (f: ExcerptFilter) => void;
}

/** The lab's saved queries: pick one to load its filter, or delete it (undoable, like every change). */
export function SavedQueriesMenu({ onLoad }: SavedQueriesMenuProps) {
  const [opened, setOpened] = useState(false);
  const list = useOp('queries.list', {});
  const remove = useMutationOp('queries.delete');
  const queries = list.data ?? [];
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={320} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<IconBookmarks size={14} />}
          onClick={() => setOpened((o) => !o)}
          aria-haspopup="dialog"
        >
          Saved queries{queries.length > 0 ? ` (${queries.length})` : ''}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={6}>
        {queries.length === 0 ? (
          <Text size="sm" c="dimmed" p="xs">
            No saved queries yet. Set a filter, then “Save as…”.
          </Text>
        ) : (
          <ScrollArea.Autosize mah={320} type="auto">
            <Stack gap={2} role="list">
              {queries.map((q) => (
                <Group key={q.id} gap={4} wrap="nowrap" role="listitem">
                  <UnstyledButton
                    className={classes.load}
                    aria-label={`Load saved query ${q.name}`}
                    onClick={() => {
                      onLoad(q.filter);
                      setOpened(false);
                    }}
                  >
                    <Text size="sm" fw={500} lineClamp={1}>
                      {q.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {countChosen(q.filter) === 1 ? '1 condition' : `${countChosen(q.filter)} conditions`}
                    </Text>
                  </UnstyledButton>
                  <Tooltip label="Delete this saved query">
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={`Delete saved query ${q.name}`}
                      loading={remove.isPending && remove.variables?.id === q.id}
                      onClick={() =>
                        remove.mutate(
                          { id: q.id },
                          {
                            onSuccess: () => notifyDone(`Deleted the saved query “${q.name}”. Undo brings it back.`),
                            onError: (e) => notifyError('Could not delete the saved query', e),
                          },
                        )
                      }
                    >
                      <IconTrash size={15} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
