import { NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { MeasureInput, type Measure } from '../../../shared/domain/action-plan';
import { completePatch } from '../../components/changed-fields';
import { RecordForm } from '../../components/RecordForm';
import { RecordModal } from '../../components/RecordModal';
import { useRecordForm } from '../../components/use-record-form';

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
  const m = edit.measure;
  const form = useRecordForm<Draft, 'measures.create', 'measures.update'>({
    noun: 'measure',
    create: 'measures.create',
    update: 'measures.update',
    initial: () => ({ name: m?.name ?? '', unit: m?.unit ?? '', baseline: m?.baseline ?? '', targetValue: m?.targetValue ?? '' }),
    onDone,
  });
  const { draft, set, errors } = form;

  const submit = () => {
    const values = { ...draft, targetId: edit.targetId, baseline: numberOrNull(draft.baseline), targetValue: numberOrNull(draft.targetValue) };
    const parsed = form.parse(MeasureInput, values);
    if (!parsed) return;
    const { targetId, ...fields } = parsed;
    if (!m) return form.create({ measure: { targetId, ...fields } });
    const patch = completePatch({ name: m.name, unit: m.unit, baseline: m.baseline, targetValue: m.targetValue }, fields);
    form.update(patch && { id: m.id, patch });
  };

  return (
    <RecordForm noun="measure" isNew={!m} busy={form.busy} onSubmit={submit} onCancel={onDone}>
      <Text size="sm" c="dimmed" lineClamp={2}>
        For: {edit.targetText}
      </Text>
      <SimpleGrid cols={2}>
        <TextInput label="Measure name" required {...form.textProps('name')} placeholder="Schools reached" data-autofocus maxLength={200} />
        <TextInput label="Unit" {...form.textProps('unit')} placeholder="schools, %, pupils" maxLength={50} />
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
    </RecordForm>
  );
}

export function MeasureModal({ edit, onClose }: { edit: MeasureEdit | null; onClose: () => void }) {
  return (
    <RecordModal opened={edit !== null} noun="measure" isNew={!edit?.measure} onClose={onClose}>
      {edit && <MeasureForm edit={edit} onDone={onClose} />}
    </RecordModal>
  );
}
