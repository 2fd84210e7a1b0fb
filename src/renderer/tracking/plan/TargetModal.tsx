import { SegmentedControl, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { TARGET_STATUSES, TargetInput, type Target, type TargetStatus } from '../../../shared/domain/action-plan';
import type { Participant } from '../../../shared/domain/participant';
import type { Phase } from '../../../shared/domain/timeline';
import { completePatch } from '../../components/changed-fields';
import { RecordForm } from '../../components/RecordForm';
import { RecordModal } from '../../components/RecordModal';
import { useRecordForm } from '../../components/use-record-form';
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
  const form = useRecordForm({
    noun: 'target',
    create: 'targets.create',
    update: 'targets.update',
    initial: () => draftOf(edit.target, edit.phaseId),
    onDone,
  });
  const { draft, set, errors } = form;
  const owners = participants.map((p) => ({ value: p.id, label: p.organisation ? `${p.displayName} (${p.organisation})` : p.displayName }));

  const submit = () => {
    const target = form.parse(TargetInput, { ...draft, dueDate: draft.dueDate || null });
    if (!target) return;
    const existing = edit.target;
    if (!existing) return form.create({ target });
    const before = TargetInput.parse({ ...draftOf(existing, null), phaseId: existing.phaseId, dueDate: existing.dueDate });
    const patch = completePatch(before, target);
    form.update(patch && { id: existing.id, patch });
  };

  return (
    <RecordForm noun="target" isNew={!edit.target} busy={form.busy} onSubmit={submit} onCancel={onDone}>
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
        {...form.textProps('text')}
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
          {...form.textProps('ownerOrganisation')}
          maxLength={300}
        />
      </SimpleGrid>
      <TextInput label="Due date" type="date" {...form.textProps('dueDate')} w="50%" />
      <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.textProps('notes')} />
    </RecordForm>
  );
}

export function TargetModal({ edit, onClose, ...rest }: Omit<FormProps, 'edit' | 'onDone'> & { edit: TargetEdit | null; onClose: () => void }) {
  return (
    <RecordModal opened={edit !== null} noun="target" isNew={!edit?.target} size="lg" onClose={onClose}>
      {edit && <TargetForm edit={edit} onDone={onClose} {...rest} />}
    </RecordModal>
  );
}
