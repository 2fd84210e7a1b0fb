import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { PhaseInput, type Phase, type PhaseKind } from '../../shared/domain/timeline';
import { changedFields, isEmptyPatch } from '../components/changed-fields';
import { RecordForm } from '../components/RecordForm';
import { RecordModal } from '../components/RecordModal';
import { useRecordForm } from '../components/use-record-form';
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
  const form = useRecordForm<PhaseDraft, 'phases.create', 'phases.update'>({
    noun: 'phase',
    create: 'phases.create',
    update: 'phases.update',
    initial: () =>
      phase
        ? { kind: phase.kind, name: phase.name, startDate: phase.startDate, endDate: phase.endDate }
        : { kind: 'iteration', name: '', startDate: '', endDate: '' },
    onDone,
  });
  const { draft, set } = form;

  const submit = () => {
    const parsed = form.parse(PhaseInput);
    if (!parsed) return;
    if (!phase) return form.create({ phase: parsed });
    const { kind, name, startDate, endDate } = phase;
    const patch = changedFields({ kind, name, startDate, endDate }, parsed);
    form.update(isEmptyPatch(patch) ? null : { id: phase.id, patch });
  };

  return (
    <RecordForm noun="phase" isNew={!phase} busy={form.busy} onSubmit={submit} onCancel={onDone}>
      <TextInput label="Phase name" required {...form.textProps('name')} data-autofocus maxLength={200} />
      <Select
        label="Kind"
        data={selectData(PHASE_KIND_LABELS)}
        value={draft.kind}
        onChange={(v) => v && set({ kind: v as PhaseKind })}
        allowDeselect={false}
      />
      <SimpleGrid cols={2}>
        <TextInput label="Starts" type="date" required {...form.textProps('startDate')} />
        <TextInput label="Ends" type="date" required {...form.textProps('endDate')} />
      </SimpleGrid>
    </RecordForm>
  );
}

export function PhaseModal({ edit, onClose }: { edit: PhaseEdit | null; onClose: () => void }) {
  return (
    <RecordModal opened={edit !== null} noun="phase" isNew={!edit?.phase} onClose={onClose}>
      {edit && <PhaseForm phase={edit.phase} onDone={onClose} />}
    </RecordModal>
  );
}
