import { Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { SECTORS, type Sector } from '../../../shared/domain/participant';
import { formatDay } from '../../format/dates';
import { FormActions } from '../../components/FormActions';
import { SECTOR_LABELS } from '../../people/participant-labels';
import { newKey, type GuestDraft, type NewPersonDraft } from './attendance-draft';

export type SpotMode = 'guest' | 'participant';

interface AddOnSpotModalProps {
  mode: SpotMode | null;
  conveningDate: string;
  onAddGuest: (g: GuestDraft) => void;
  onAddPerson: (p: NewPersonDraft) => void;
  onClose: () => void;
}

const sectorOptions = SECTORS.map((s) => ({ value: s, label: SECTOR_LABELS[s] }));

function SpotForm({ initial, conveningDate, onAddGuest, onAddPerson, onClose }: Omit<AddOnSpotModalProps, 'mode'> & { initial: SpotMode }) {
  const [mode, setMode] = useState<SpotMode>(initial);
  const [name, setName] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [sector, setSector] = useState<Sector | null>(null);
  const [role, setRole] = useState('');
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const displayName = name.trim();
    if (!displayName) return setError(mode === 'guest' ? 'A guest needs a name' : 'A participant needs a name');
    const org = organisation.trim();
    if (mode === 'guest') onAddGuest({ key: newKey(), name: displayName, organisation: org, sector });
    else onAddPerson({ key: newKey(), displayName, organisation: org, sector, role: role.trim(), email: email.trim() });
    onClose();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SegmentedControl
          fullWidth
          value={mode}
          onChange={(v) => setMode(v as SpotMode)}
          aria-label="Add as"
          data={[
            { value: 'guest', label: 'Guest at this convening' },
            { value: 'participant', label: 'Participant of the lab' },
          ]}
        />
        <Text size="xs" c="dimmed">
          {mode === 'guest'
            ? 'Guests are counted at this convening but are not in the lab’s participation rates.'
            : `They join the lab on ${formatDay(conveningDate)}, are marked present, and get a pseudonym.`}
        </Text>
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          data-autofocus
          maxLength={200}
        />
        <SimpleGrid cols={2}>
          <TextInput
            label="Organisation"
            value={organisation}
            onChange={(e) => setOrganisation(e.currentTarget.value)}
            maxLength={300}
          />
          <Select label="Sector" data={sectorOptions} value={sector} onChange={(v) => setSector(v as Sector | null)} clearable />
        </SimpleGrid>
        {mode === 'participant' && (
          <SimpleGrid cols={2}>
            <TextInput label="Role" value={role} onChange={(e) => setRole(e.currentTarget.value)} maxLength={200} />
            <TextInput label="Email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} maxLength={300} />
          </SimpleGrid>
        )}
        <FormActions submitLabel={mode === 'guest' ? 'Add guest' : 'Add participant'} busy={false} onCancel={onClose} />
      </Stack>
    </form>
  );
}

/** Someone at the convening who is not on the list: a named guest, or a new participant of the lab. */
export function AddOnSpotModal({ mode, ...props }: AddOnSpotModalProps) {
  return (
    <Modal opened={mode !== null} onClose={props.onClose} title="Add someone who came">
      {mode && <SpotForm initial={mode} {...props} />}
    </Modal>
  );
}
