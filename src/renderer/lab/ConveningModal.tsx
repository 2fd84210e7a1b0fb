import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { ConveningInput, type Convening, type ConveningKind, type Phase } from '../../shared/domain/timeline';
import { completePatch } from '../components/changed-fields';
import { RecordForm } from '../components/RecordForm';
import { RecordModal } from '../components/RecordModal';
import { useRecordForm } from '../components/use-record-form';
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
  const form = useRecordForm({
    noun: 'convening',
    create: 'convenings.create',
    update: 'convenings.update',
    initial: () => draftOf(edit.convening, edit.phaseId),
    onDone,
  });
  const { draft, set, errors } = form;
  const phaseOptions = [{ value: NO_PHASE, label: 'No phase' }, ...phases.map((p) => ({ value: p.id, label: p.name }))];

  const submit = () => {
    const convening = form.parse(ConveningInput);
    if (!convening) return;
    const existing = edit.convening;
    if (!existing) return form.create({ convening });
    const patch = completePatch(draftOf(existing, existing.phaseId), convening);
    form.update(patch && { id: existing.id, patch });
  };

  return (
    <RecordForm noun="convening" isNew={!edit.convening} busy={form.busy} onSubmit={submit} onCancel={onDone}>
      <TextInput label="Convening name" required {...form.textProps('name')} data-autofocus maxLength={200} />
      <SimpleGrid cols={2}>
        <TextInput label="Date" type="date" required {...form.textProps('date')} />
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
      <TextInput label="Location" {...form.textProps('location')} maxLength={300} />
      <Textarea label="Notes" autosize minRows={2} maxRows={6} {...form.textProps('notes')} />
    </RecordForm>
  );
}

export function ConveningModal({ edit, phases, onClose }: { edit: ConveningEdit | null; phases: Phase[]; onClose: () => void }) {
  return (
    <RecordModal opened={edit !== null} noun="convening" isNew={!edit?.convening} onClose={onClose}>
      {edit && <ConveningForm edit={edit} phases={phases} onDone={onClose} />}
    </RecordModal>
  );
}
