import { Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { SourceKind } from '../../shared/domain/source';
import type { Timeline } from '../../shared/domain/timeline';
import type { FieldErrors } from '../components/field-errors';
import { AttributeRows } from '../people/AttributeRows';
import { KIND_OPTIONS } from './source-labels';
import type { SourceDraft } from './source-draft';

interface SourceFieldsProps {
  value: SourceDraft;
  onChange: (patch: Partial<SourceDraft>) => void;
  errors: FieldErrors;
  timeline: Timeline | undefined;
  knownKeys: string[];
}

export function SourceFields({ value, onChange, errors, timeline, knownKeys }: SourceFieldsProps) {
  const phases = (timeline?.phases ?? []).map((p) => ({ value: p.id, label: p.name }));
  const convenings = (timeline?.convenings ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <Stack gap="md">
      <TextInput
        label="Title"
        required
        maxLength={300}
        value={value.title}
        onChange={(e) => onChange({ title: e.currentTarget.value })}
        error={errors.title}
      />
      <SimpleGrid cols={2} spacing="md">
        <Select
          label="Kind"
          data={KIND_OPTIONS}
          value={value.kind}
          onChange={(v) => v && onChange({ kind: v as SourceKind })}
          allowDeselect={false}
          error={errors.kind}
        />
        <TextInput
          label="Date"
          type="date"
          value={value.date}
          onChange={(e) => onChange({ date: e.currentTarget.value })}
          error={errors.date}
        />
        <Select
          label="Phase"
          placeholder="Not set"
          data={phases}
          value={value.phaseId}
          onChange={(phaseId) => onChange({ phaseId })}
          clearable
          error={errors.phaseId}
        />
        <Select
          label="Convening"
          placeholder="Not from a convening"
          data={convenings}
          value={value.conveningId}
          onChange={(conveningId) => {
            // Notes from a convening belong to its phase; fill that in when it is still empty.
            const phaseId = timeline?.convenings.find((c) => c.id === conveningId)?.phaseId ?? null;
            onChange(value.phaseId || !phaseId ? { conveningId } : { conveningId, phaseId });
          }}
          clearable
          error={errors.conveningId}
        />
        <TextInput
          label="Language"
          placeholder="e.g. English, Kiswahili"
          maxLength={40}
          value={value.language}
          onChange={(e) => onChange({ language: e.currentTarget.value })}
          error={errors.language}
        />
      </SimpleGrid>
      <AttributeRows
        rows={value.attributes}
        knownKeys={knownKeys}
        error={errors.attributes}
        onChange={(attributes) => onChange({ attributes })}
      />
    </Stack>
  );
}
