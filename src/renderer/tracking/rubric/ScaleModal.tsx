import { ActionIcon, Alert, Button, Group, Modal, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { RubricScale, type RubricLevel } from '../../../shared/domain/rubric';
import { useMutationOp } from '../../client/use-op';
import { errorMessage } from '../../components/notify';

type LevelDraft = { value: number | string; label: string; descriptor: string };

function ScaleForm({ scale, onDone }: { scale: RubricLevel[]; onDone: () => void }) {
  const save = useMutationOp('rubric.setScale');
  const [levels, setLevels] = useState<LevelDraft[]>(scale);
  const [error, setError] = useState<string | null>(null);
  const set = (i: number, patch: Partial<LevelDraft>) => setLevels((ls) => ls.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  const submit = () => {
    const parsed = RubricScale.safeParse(levels.map((l) => ({ ...l, value: l.value === '' ? NaN : Number(l.value) })));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'The scale is not valid');
    setError(null);
    const sorted = [...parsed.data].sort((a, b) => a.value - b.value);
    save.mutate({ levels: sorted }, { onSuccess: onDone, onError: (e) => setError(errorMessage(e)) });
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        The levels every ingredient is scored on, lowest first. A level a score uses cannot be removed until that score
        changes.
      </Text>
      {levels.map((l, i) => (
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <NumberInput label={i === 0 ? 'Value' : undefined} aria-label={`Level ${i + 1} value`} value={l.value} onChange={(v) => set(i, { value: v })} w={76} min={0} max={100} allowDecimal={false} />
          <TextInput label={i === 0 ? 'Label' : undefined} aria-label={`Level ${i + 1} label`} value={l.label} onChange={(e) => set(i, { label: e.currentTarget.value })} w={150} maxLength={60} />
          <Textarea
            label={i === 0 ? 'Descriptor' : undefined}
            aria-label={`Level ${i + 1} descriptor`}
            value={l.descriptor}
            onChange={(e) => set(i, { descriptor: e.currentTarget.value })}
            autosize
            minRows={1}
            maxRows={4}
            flex={1}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            mt={i === 0 ? 26 : 4}
            aria-label={`Remove level ${i + 1}`}
            onClick={() => setLevels((ls) => ls.filter((_, j) => j !== i))}
            disabled={levels.length <= 2}
          >
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      ))}
      <Button
        variant="subtle"
        leftSection={<IconPlus size={14} />}
        w="fit-content"
        disabled={levels.length >= 10}
        onClick={() => {
          const next = Math.max(0, ...levels.map((l) => Number(l.value) || 0)) + 1;
          setLevels((ls) => [...ls, { value: next, label: '', descriptor: '' }]);
        }}
      >
        Add level
      </Button>
      {error && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />}>
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          Save scale
        </Button>
      </Group>
    </Stack>
  );
}

export function ScaleModal({ opened, scale, onClose }: { opened: boolean; scale: RubricLevel[]; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Rubric scale" size="xl">
      {opened && <ScaleForm scale={scale} onDone={onClose} />}
    </Modal>
  );
}
