import { Button, Card, Group, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Fragment, useState } from 'react';
import type { EvidenceDimension } from '../../shared/domain/evidence';
import { useMutationOp } from '../client/use-op';
import { errorMessage, notifyError } from '../components/notify';
import { BlurSaveField } from './BlurSaveField';
import classes from './DimensionEditor.module.css';

/** One dimension's label, description and values, each saved as it is left; and a field to add a value. */
export function DimensionEditor({ dimension: d }: { dimension: EvidenceDimension }) {
  const updateDimension = useMutationOp('evidence.updateDimension');
  const updateValue = useMutationOp('evidence.updateValue');
  const createValue = useMutationOp('evidence.createValue');
  const [label, setLabel] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = () => {
    if (!label.trim()) return;
    createValue.mutate(
      { dimensionId: d.id, label: label.trim() },
      { onSuccess: () => setLabel(''), onError: (e) => setError(errorMessage(e)) },
    );
  };

  return (
    <Card padding="sm" component="section" aria-label={`Dimension ${d.label}`}>
      <Stack gap="xs">
        <Group grow align="flex-start">
          <BlurSaveField label="Dimension name" value={d.label} onSave={(v) => updateDimension.mutateAsync({ id: d.id, patch: { label: v } })} />
          <Switch
            mt={22}
            size="xs"
            label="Several values may apply"
            checked={d.multiple}
            onChange={(e) =>
              updateDimension.mutate(
                { id: d.id, patch: { multiple: e.currentTarget.checked } },
                { onError: (err) => notifyError('Could not change the dimension', err) },
              )
            }
          />
        </Group>
        <BlurSaveField
          label="Description"
          multiline
          value={d.description}
          onSave={(v) => updateDimension.mutateAsync({ id: d.id, patch: { description: v } })}
        />
        <div className={classes.values}>
          <Text size="xs" fw={600} c="dimmed">
            Value
          </Text>
          <Text size="xs" fw={600} c="dimmed">
            Tooltip
          </Text>
          {d.values.map((v) => (
            <Fragment key={v.id}>
              <BlurSaveField
                hiddenLabel
                label={`Label of ${v.label}`}
                value={v.label}
                onSave={(x) => updateValue.mutateAsync({ id: v.id, patch: { label: x } })}
              />
              <BlurSaveField
                hiddenLabel
                label={`Tooltip of ${v.label}`}
                multiline
                value={v.description}
                placeholder="One sentence: when does this value apply?"
                onSave={(x) => updateValue.mutateAsync({ id: v.id, patch: { description: x } })}
              />
            </Fragment>
          ))}
        </div>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            add();
          }}
        >
          <Group gap="xs" align="flex-start">
            <TextInput
              size="xs"
              flex={1}
              aria-label={`New value of ${d.label}`}
              placeholder={`Add a value to ${d.label}…`}
              value={label}
              error={error}
              onChange={(e) => {
                setLabel(e.currentTarget.value);
                setError(null);
              }}
            />
            <Button size="xs" variant="light" type="submit" leftSection={<IconPlus size={14} />} disabled={!label.trim()} loading={createValue.isPending}>
              Add value
            </Button>
          </Group>
        </form>
      </Stack>
    </Card>
  );
}
