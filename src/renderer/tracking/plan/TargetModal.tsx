import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { TARGET_STATUSES, TargetInput, type Target, type TargetStatus } from '../../../shared/domain/action-plan';
import type { Participant } from '../../../shared/domain/participant';
import type { Phase } from '../../../shared/domain/timeline';
import { useMutationOp } from '../../client/use-op';
import { completePatch } from '../../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../../components/field-errors';
import { FormActions } from '../../components/FormActions';
import { notifyError } from '../../components/notify';
import { TARGET_STATUS_LABELS } from '../tracking-labels';

/** `target` null adds a new one, in `phaseId` when given. */
export interface TargetEdit {
  target: Target | null;
  phaseId: string | null;
}

interface Draft {
  phaseId: string | null;
  kind: 'target' | 'idea';
  text: string;
  ownerParticipantId: string | null;
  ownerOrganisation: string;
  dueDate: string;
  status: TargetStatus;
  notes: string;
}

const NO_PHASE = 'none';

function draftOf(t: Target | null, phaseId: string | null): Draft {
  if (!t) {
    return { phaseId, kind: 'target', text: '', ownerParticipantId: null, ownerOrganisation: '', dueDate: '', status: 'planned', notes: '' };
  }
  return {
    phaseId: t.phaseId,
    kind: t.kind,
    text: t.text,
    ownerParticipantId: t.ownerParticipantId,
    ownerOrganisation: t.ownerOrganisation,
    dueDate: t.dueDate ?? '',
    status: t.status,
    notes: t.notes,
  };
}

interface FormProps {
  edit: TargetEdit;
  phases: Phase[];
  participants: Participant[];
  onDone: () => void;
}

function TargetForm({ edit, phases, participants, onDone }: FormProps) {
  const create = useMutationOp('targets.create');
  const update = useMutationOp('targets.update');
  const [draft, setDraft] = useState(() => draftOf(edit.target, edit.phaseId));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const owners = participants.map((p) => ({ value: p.id, label: p.organisation ? `${p.displayName} (${p.organisation})` : p.displayName }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = TargetInput.safeParse({ ...draft, dueDate: draft.dueDate || null });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    const onError = (err: unknown) => notifyError('The target was not saved', err);
    const existing = edit.target;
    if (!existing) return create.mutate({ target: parsed.data }, { onSuccess: onDone, onError });
    const before = TargetInput.parse({ ...draftOf(existing, null), phaseId: existing.phaseId, dueDate: existing.dueDate });
    const patch = completePatch(before, parsed.data);
    if (!patch) return onDone();
    update.mutate({ id: existing.id, patch }, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SegmentedControl
          value={draft.kind}
          onChange={(v) => set({ kind: v as Draft['kind'] })}
          data={[
            { value: 'target', label: 'Short-term target' },
            { value: 'idea', label: 'Idea to test' },
          ]}
          aria-label="Kind"
        />
        <Textarea
          label={draft.kind === 'idea' ? 'Idea' : 'Target'}
          required
          autosize
          minRows={2}
          maxRows={5}
          value={draft.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
          error={errors.text}
          data-autofocus
          placeholder={draft.kind === 'idea' ? 'What the lab will try' : 'What the lab will have reached, by when'}
        />
        <SimpleGrid cols={2}>
          <Select
            label="Iteration"
            data={[{ value: NO_PHASE, label: 'Not planned yet' }, ...phases.map((p) => ({ value: p.id, label: p.name }))]}
            value={draft.phaseId ?? NO_PHASE}
            onChange={(v) => set({ phaseId: !v || v === NO_PHASE ? null : v })}
            allowDeselect={false}
            error={errors.phaseId}
          />
          <Select
            label="Status"
            data={TARGET_STATUSES.map((s) => ({ value: s, label: TARGET_STATUS_LABELS[s] }))}
            value={draft.status}
            onChange={(v) => v && set({ status: v as TargetStatus })}
            allowDeselect={false}
          />
        </SimpleGrid>
        <SimpleGrid cols={2}>
          <Select
            label="Owner"
            placeholder="A participant"
            data={owners}
            value={draft.ownerParticipantId}
            onChange={(v) => set({ ownerParticipantId: v })}
            searchable
            clearable
            nothingFoundMessage="No participant by that name"
          />
          <TextInput
            label="Owner organisation"
            placeholder="Or the organisation responsible"
            value={draft.ownerOrganisation}
            onChange={(e) => set({ ownerOrganisation: e.currentTarget.value })}
            error={errors.ownerOrganisation}
            maxLength={300}
          />
        </SimpleGrid>
        <TextInput
          label="Due date"
          type="date"
          value={draft.dueDate}
          onChange={(e) => set({ dueDate: e.currentTarget.value })}
          error={errors.dueDate}
          w="50%"
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
        <FormActions submitLabel={edit.target ? 'Save target' : 'Add target'} busy={create.isPending || update.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function TargetModal({ edit, onClose, ...rest }: Omit<FormProps, 'edit' | 'onDone'> & { edit: TargetEdit | null; onClose: () => void }) {
  return (
    <Modal opened={edit !== null} onClose={onClose} title={edit?.target ? 'Edit target' : 'Add target'} size="lg">
      {edit && <TargetForm edit={edit} onDone={onClose} {...rest} />}
    </Modal>
  );
}
