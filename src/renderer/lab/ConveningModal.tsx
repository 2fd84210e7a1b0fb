import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ConveningInput, type Convening, type ConveningKind, type Phase } from '../../shared/domain/timeline';
import { useMutationOp } from '../client/use-op';
import { completePatch } from '../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../components/field-errors';
import { notifyError } from '../components/notify';
import { CONVENING_KIND_LABELS, selectData } from './timeline-kinds';

/** `convening` null adds a new one, in `phaseId` when given. */
export interface ConveningEdit {
  convening: Convening | null;
  phaseId: string | null;
}

type ConveningDraft = Pick<Convening, 'kind' | 'name' | 'date' | 'phaseId' | 'location' | 'notes'>;
const NO_PHASE = 'none';

function draftOf(c: Convening | null, phaseId: string | null): ConveningDraft {
  if (!c) return { kind: 'reflection', name: '', date: '', phaseId, location: '', notes: '' };
  return { kind: c.kind, name: c.name, date: c.date, phaseId: c.phaseId, location: c.location, notes: c.notes };
}

function ConveningForm({ edit, phases, onDone }: { edit: ConveningEdit; phases: Phase[]; onDone: () => void }) {
  const create = useMutationOp('convenings.create');
  const update = useMutationOp('convenings.update');
  const [draft, setDraft] = useState(() => draftOf(edit.convening, edit.phaseId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<ConveningDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const phaseOptions = [{ value: NO_PHASE, label: 'No phase' }, ...phases.map((p) => ({ value: p.id, label: p.name }))];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = ConveningInput.safeParse(draft);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    const onError = (err: unknown) => notifyError('The convening was not saved', err);
    const existing = edit.convening;
    if (!existing) return create.mutate({ convening: parsed.data }, { onSuccess: onDone, onError });
    const patch = completePatch(draftOf(existing, existing.phaseId), parsed.data);
    if (!patch) return onDone();
    update.mutate({ id: existing.id, patch }, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Convening name"
          required
          value={draft.name}
          onChange={(e) => set({ name: e.currentTarget.value })}
          error={errors.name}
          data-autofocus
          maxLength={200}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Date"
            type="date"
            required
            value={draft.date}
            onChange={(e) => set({ date: e.currentTarget.value })}
            error={errors.date}
          />
          <Select
            label="Kind"
            data={selectData(CONVENING_KIND_LABELS)}
            value={draft.kind}
            onChange={(v) => v && set({ kind: v as ConveningKind })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <Select
          label="Phase"
          data={phaseOptions}
          value={draft.phaseId ?? NO_PHASE}
          onChange={(v) => set({ phaseId: !v || v === NO_PHASE ? null : v })}
          allowDeselect={false}
          error={errors.phaseId}
        />
        <TextInput
          label="Location"
          value={draft.location}
          onChange={(e) => set({ location: e.currentTarget.value })}
          error={errors.location}
          maxLength={300}
        />
        <Textarea
          label="Notes"
          autosize
          minRows={2}
          maxRows={6}
          value={draft.notes}
          onChange={(e) => set({ notes: e.currentTarget.value })}
          error={errors.notes}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {edit.convening ? 'Save convening' : 'Add convening'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function ConveningModal({
  edit,
  phases,
  onClose,
}: {
  edit: ConveningEdit | null;
  phases: Phase[];
  onClose: () => void;
}) {
  return (
    <Modal opened={edit !== null} onClose={onClose} title={edit?.convening ? 'Edit convening' : 'Add convening'}>
      {edit && <ConveningForm edit={edit} phases={phases} onDone={onClose} />}
    </Modal>
  );
}
