import { Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DataPoint } from '../../../shared/domain/action-plan';
import { useMutationOp } from '../../client/use-op';
import { FormActions } from '../../components/FormActions';
import { notifyError } from '../../components/notify';

function PointForm({ point, onDone }: { point: DataPoint; onDone: () => void }) {
  const update = useMutationOp('measures.updatePoint');
  const [date, setDate] = useState(point.date);
  const [value, setValue] = useState<number | string>(point.value);
  const [note, setNote] = useState(point.note);
  const [error, setError] = useState<{ date?: string; value?: string }>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!date) return setError({ date: 'A data point needs a date' });
    if (value === '' || !Number.isFinite(Number(value))) return setError({ value: 'A data point needs a number' });
    setError({});
    const patch = {
      ...(date !== point.date ? { date } : {}),
      ...(Number(value) !== point.value ? { value: Number(value) } : {}),
      ...(note.trim() !== point.note ? { note } : {}),
    };
    if (Object.keys(patch).length === 0) return onDone();
    update.mutate({ id: point.id, patch }, { onSuccess: onDone, onError: (err) => notifyError('The data point was not saved', err) });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={2}>
          <TextInput label="Date" type="date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={error.date} />
          <NumberInput label="Value" required value={value} onChange={setValue} error={error.value} decimalScale={6} data-autofocus />
        </SimpleGrid>
        <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
        <FormActions submitLabel="Save data point" busy={update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function PointModal({ point, onClose }: { point: DataPoint | null; onClose: () => void }) {
  return (
    <Modal opened={point !== null} onClose={onClose} title="Edit data point" size="sm">
      {point && <PointForm point={point} onDone={onClose} />}
    </Modal>
  );
}
