import { Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ParticipantInput, type Sector } from '../../shared/domain/participant';
import { fieldErrors, type FieldErrors } from '../components/field-errors';
import { FormActions } from '../components/FormActions';
import { options, SECTOR_LABELS } from '../people/participant-labels';

export interface NewParticipant {
  displayName: string;
  sector: Sector | null;
  role: string;
  organisation: string;
}

interface NewParticipantModalProps {
  /** The speaker label the participant is for; null closes the dialog. */
  label: string | null;
  busy: boolean;
  onCreate: (p: NewParticipant) => void;
  onClose: () => void;
}

function NewParticipantForm({
  label,
  busy,
  onCreate,
  onClose,
}: Omit<NewParticipantModalProps, 'label'> & { label: string }) {
  const [draft, setDraft] = useState<NewParticipant>({ displayName: label, sector: null, role: '', organisation: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = (field: 'displayName' | 'role' | 'organisation') => ({
    value: draft[field],
    onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: e.currentTarget.value }),
    error: errors[field],
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = ParticipantInput.safeParse(draft);
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    onCreate(draft);
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          The speaker “{label}” becomes this participant. The workbench gives them a pseudonym from their sector, which
          exports show instead of the name.
        </Text>
        <TextInput label="Display name" required maxLength={200} data-autofocus {...text('displayName')} />
        <SimpleGrid cols={2} spacing="md">
          <Select
            label="Sector"
            placeholder="Not set"
            data={options(SECTOR_LABELS)}
            value={draft.sector}
            onChange={(v) => setDraft({ ...draft, sector: v as Sector | null })}
            clearable
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label="Role" maxLength={200} {...text('role')} />
        </SimpleGrid>
        <TextInput label="Organisation" maxLength={300} {...text('organisation')} />
        <FormActions submitLabel="Create and map" busy={busy} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** A participant made on the spot for a speaker label: the few fields that matter when mapping. */
export function NewParticipantModal({ label, ...rest }: NewParticipantModalProps) {
  return (
    <Modal opened={label !== null} onClose={rest.onClose} title="New participant" size="md">
      {label !== null && <NewParticipantForm key={label} label={label} {...rest} />}
    </Modal>
  );
}
