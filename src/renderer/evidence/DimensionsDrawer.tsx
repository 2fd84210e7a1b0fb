import { Button, Drawer, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useMutationOp, useOp } from '../client/use-op';
import { errorMessage, notifyDone } from '../components/notify';
import { QueryState } from '../components/QueryState';
import { DimensionEditor } from './DimensionEditor';

interface DimensionsDrawerProps {
  opened: boolean;
  onClose: () => void;
}

/** Settings: the lab's evidence dimensions and values, their labels and the descriptions shown as tooltips. */
export function DimensionsDrawer({ opened, onClose }: DimensionsDrawerProps) {
  const dims = useOp('evidence.dimensions', {});
  const create = useMutationOp('evidence.createDimension');
  const [label, setLabel] = useState('');
  const [multiple, setMultiple] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const add = () =>
    create.mutate(
      { label: label.trim(), multiple },
      {
        onSuccess: (d) => {
          notifyDone(`Added the dimension “${d.label}”; now give it values.`);
          setLabel('');
        },
        onError: (e) => setError(errorMessage(e)),
      },
    );

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={620} title="Evidence dimensions">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Rename a dimension or value to the lab’s own words, and keep each description to one sentence: it is the tooltip
          the documenter reads while tagging. Changes are saved as you leave a field, and can be undone.
        </Text>
        {!dims.data ? <QueryState error={dims.error} label="evidence dimensions" /> : dims.data.map((d) => <DimensionEditor key={d.id} dimension={d} />)}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (label.trim()) add();
          }}
        >
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Add a dimension
            </Text>
            <Group gap="xs" align="flex-start">
              <TextInput
                size="xs"
                flex={1}
                aria-label="New dimension"
                placeholder="e.g. Source of funding"
                value={label}
                error={error}
                onChange={(e) => {
                  setLabel(e.currentTarget.value);
                  setError(null);
                }}
              />
              <Switch mt={6} size="xs" label="Several values may apply" checked={multiple} onChange={(e) => setMultiple(e.currentTarget.checked)} />
              <Button size="xs" type="submit" leftSection={<IconPlus size={14} />} disabled={!label.trim()} loading={create.isPending}>
                Add dimension
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Drawer>
  );
}
