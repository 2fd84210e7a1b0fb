import { Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { PhaseInput, type Phase, type PhaseKind } from '../../shared/domain/timeline';
import { useMutationOp } from '../client/use-op';
import { changedFields, isEmptyPatch } from '../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../components/field-errors';
import { notifyError } from '../components/notify';
import { PHASE_KIND_LABELS, selectData } from './timeline-kinds';

/** `phase` null adds a new phase. */
export interface PhaseEdit {
  phase: Phase | null;
}

interface PhaseDraft {
  kind: PhaseKind;
  name: string;
  startDate: string;
  endDate: string;
}

function PhaseForm({ phase, onDone }: { phase: Phase | null; onDone: () => void }) {
  const create = useMutationOp('phases.create');
  const update = useMutationOp('phases.update');
  const [draft, setDraft] = useState<PhaseDraft>(() =>
    phase
      ? { kind: phase.kind, name: phase.name, startDate: phase.startDate, endDate: phase.endDate }
      : { kind: 'iteration', name: '', startDate: '', endDate: '' },
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<PhaseDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = PhaseInput.safeParse(draft);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    const onError = (err: unknown) => notifyError('The phase was not saved', err);
    if (!phase) return create.mutate({ phase: parsed.data }, { onSuccess: onDone, onError });
    const { kind, name, startDate, endDate } = phase;
    const patch = changedFields({ kind, name, startDate, endDate }, parsed.data);
    if (isEmptyPatch(patch)) return onDone();
    update.mutate({ id: phase.id, patch }, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Phase name"
          required
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.name}
          data-autofocus
          maxLength={200}
        />
        <Select
          label="Kind"
          data={selectData(PHASE_KIND_LABELS)}
          value={draft.kind}
          onChange={(v) => v && set({ kind: v as PhaseKind })}
          allowDeselect={false}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Starts"
            type="date"
            required
            value={draft.startDate}
            onChange={(e) => set({ startDate: e.currentTarget.value })}
            error={errors.startDate}
          />
          <TextInput
            label="Ends"
            type="date"
            required
            value={draft.endDate}
            onChange={(e) => set({ endDate: e.currentTarget.value })}
            error={errors.endDate}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {phase ? 'Save phase' : 'Add phase'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PhaseModal({ edit, onClose }: { edit: PhaseEdit | null; onClose: () => void }) {
  return (
    <Modal opened={edit !== null} onClose={onClose} title={edit?.phase ? 'Edit phase' : 'Add phase'}>
      {edit && <PhaseForm phase={edit.phase} onDone={onClose} />}
    </Modal>
  );
}
