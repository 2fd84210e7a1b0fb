import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { ExcerptFilter } from '../../shared/domain/evidence';
import { useMutationOp, useOp } from '../client/use-op';
import { errorMessage, notifyDone } from '../components/notify';

interface SaveQueryModalProps {
  opened: boolean;
  filter: ExcerptFilter;
  onClose: () => void;
}

/** Names the filter so it can be re-run later on live data; a taken name replaces that query's filter. */
export function SaveQueryModal({ opened, filter, onClose }: SaveQueryModalProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = useMutationOp('queries.save');
  const saved = useOp('queries.list', {}, { enabled: opened }).data ?? [];
  const replaces = saved.some((q) => q.name.toLowerCase() === name.trim().toLowerCase());

  const close = () => {
    setName('');
    setError(null);
    onClose();
  };
  const submit = () => {
    if (!name.trim()) {
      setError('Give the query a name');
      return;
    }
    save.mutate(
      { name: name.trim(), filter },
      {
        onSuccess: (q) => {
          notifyDone(`Saved the query “${q.name}”.`);
          close();
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="Save query" size="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            A saved query keeps the filter, not the excerpts: it re-runs on whatever the lab holds when you load it.
          </Text>
          <TextInput
            label="Query name"
            placeholder="e.g. Government voices on coaching"
            data-autofocus
            value={name}
            error={error}
            description={replaces ? 'A query of this name exists; saving replaces its filter.' : undefined}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setError(null);
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending}>
              {replaces ? 'Replace query' : 'Save query'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
