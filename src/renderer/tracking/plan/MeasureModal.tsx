import { Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MeasureInput, type Measure } from '../../../shared/domain/action-plan';
import { useMutationOp } from '../../client/use-op';
import { completePatch } from '../../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../../components/field-errors';
import { FormActions } from '../../components/FormActions';
import { notifyError } from '../../components/notify';

/** `measure` null adds one to the target `targetId`. */
export interface MeasureEdit {
  measure: Measure | null;
  targetId: string;
  targetText: string;
}

interface Draft {
  name: string;
  unit: string;
  baseline: number | string;
  targetValue: number | string;
}

const numberOrNull = (v: number | string) => (v === '' ? null : Number(v));

function MeasureForm({ edit, onDone }: { edit: MeasureEdit; onDone: () => void }) {
  const create = useMutationOp('measures.create');
  const update = useMutationOp('measures.update');
  const m = edit.measure;
  const [draft, setDraft] = useState<Draft>({
    name: m?.name ?? '',
    unit: m?.unit ?? '',
    baseline: m?.baseline ?? '',
    targetValue: m?.targetValue ?? '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const values = { ...draft, targetId: edit.targetId, baseline: numberOrNull(draft.baseline), targetValue: numberOrNull(draft.targetValue) };
    const parsed = MeasureInput.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    const onError = (err: unknown) => notifyError('The measure was not saved', err);
    const { targetId, ...fields } = parsed.data;
    if (!m) return create.mutate({ measure: { targetId, ...fields } }, { onSuccess: onDone, onError });
    const patch = completePatch({ name: m.name, unit: m.unit, baseline: m.baseline, targetValue: m.targetValue }, fields);
    if (!patch) return onDone();
    update.mutate({ id: m.id, patch }, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed" lineClamp={2}>
          For: {edit.targetText}
        </Text>
        <SimpleGrid cols={2}>
          <TextInput
            label="Measure name"
            required
            value={draft.name}
            onChange={(e) => set({ name: e.currentTarget.value })}
            error={errors.name}
            placeholder="Schools reached"
            data-autofocus
            maxLength={200}
          />
          <TextInput
            label="Unit"
            value={draft.unit}
            onChange={(e) => set({ unit: e.currentTarget.value })}
            error={errors.unit}
            placeholder="schools, %, pupils"
            maxLength={50}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <NumberInput
            label="Baseline"
            description="Where it stood at the start"
            value={draft.baseline}
            onChange={(v) => set({ baseline: v })}
            error={errors.baseline}
            decimalScale={4}
          />
          <NumberInput
            label="Target value"
            description="Where the iteration should get it"
            value={draft.targetValue}
            onChange={(v) => set({ targetValue: v })}
            error={errors.targetValue}
            decimalScale={4}
          />
        </SimpleGrid>
        <FormActions submitLabel={m ? 'Save measure' : 'Add measure'} busy={create.isPending || update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function MeasureModal({ edit, onClose }: { edit: MeasureEdit | null; onClose: () => void }) {
  return (
    <Modal opened={edit !== null} onClose={onClose} title={edit?.measure ? 'Edit measure' : 'Add measure'}>
      {edit && <MeasureForm edit={edit} onDone={onClose} />}
    </Modal>
  );
}
