import { Input, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { Participant, Sector } from '../../shared/domain/participant';
import type { FieldErrors } from '../components/field-errors';
import { AttributeRows } from './AttributeRows';
import type { ParticipantDraft } from './participant-draft';
import { CONSENT_LABELS, GROUP_LABELS, LEVEL_LABELS, options, SECTOR_LABELS } from './participant-labels';

interface ParticipantFieldsProps {
  value: ParticipantDraft;
  onChange: (patch: Partial<ParticipantDraft>) => void;
  errors: FieldErrors;
  isNew: boolean;
  knownKeys: string[];
}

/** Every field of a participant; used to add one and to edit one. */
export function ParticipantFields({ value, onChange, errors, isNew, knownKeys }: ParticipantFieldsProps) {
  const text = (field: 'displayName' | 'pseudonym' | 'organisation' | 'role' | 'email' | 'joinedOn' | 'leftOn') => ({
    value: value[field],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [field]: e.currentTarget.value }),
    error: errors[field],
  });

  return (
    <Stack gap="md">
      <SimpleGrid cols={2} spacing="md">
        <TextInput label="Display name" required maxLength={200} data-autofocus {...text('displayName')} />
        <TextInput
          label="Pseudonym"
          required={!isNew}
          description={isNew ? 'Leave empty to generate one from the sector' : 'Shown instead of the name in exports'}
          placeholder={isNew ? 'e.g. GOV-03' : undefined}
          maxLength={100}
          {...text('pseudonym')}
        />
        <TextInput label="Organisation" maxLength={300} {...text('organisation')} />
        <TextInput label="Role" maxLength={200} {...text('role')} />
        <Select
          label="Sector"
          placeholder="Not set"
          data={options(SECTOR_LABELS)}
          value={value.sector}
          onChange={(v) => onChange({ sector: v as Sector | null })}
          clearable
          error={errors.sector}
        />
        <Select
          label="Level"
          placeholder="Not set"
          data={options(LEVEL_LABELS)}
          value={value.level}
          onChange={(v) => onChange({ level: v as Participant['level'] })}
          clearable
          error={errors.level}
        />
        <Input.Wrapper label="Group" error={errors.group}>
          <SegmentedControl
            fullWidth
            mt={4}
            aria-label="Group"
            data={options(GROUP_LABELS)}
            value={value.group}
            onChange={(v) => onChange({ group: v as Participant['group'] })}
          />
        </Input.Wrapper>
        <Select
          label="Consent"
          data={options(CONSENT_LABELS)}
          value={value.consent}
          onChange={(v) => v && onChange({ consent: v as Participant['consent'] })}
          allowDeselect={false}
          error={errors.consent}
        />
      </SimpleGrid>
      <TextInput label="Email" type="email" maxLength={300} {...text('email')} />
      <SimpleGrid cols={2} spacing="md">
        <TextInput label="Joined" type="date" {...text('joinedOn')} />
        <TextInput label="Left" type="date" {...text('leftOn')} />
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
