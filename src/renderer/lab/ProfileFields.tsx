import { Chip, Group, Input, SegmentedControl, SimpleGrid, Stack, TagsInput, Textarea, TextInput } from '@mantine/core';
import { SCALING_PATHWAYS, type ScalingApproach, type ScalingPathway } from '../../shared/domain/lab';
import type { FieldErrors } from '../components/field-errors';
import type { ProfileDraft } from './profile-draft';

const PATHWAY_LABELS: Record<ScalingPathway, string> = {
  vertical: 'Vertical',
  horizontal: 'Horizontal',
  functional: 'Functional',
  organisational: 'Organisational',
};

const APPROACHES = [
  { value: 'none', label: 'Not decided' },
  { value: 'replication', label: 'Replication' },
  { value: 'adaptation', label: 'Adaptation' },
];

interface ProfileFieldsProps {
  value: ProfileDraft;
  onChange: (patch: Partial<ProfileDraft>) => void;
  errors: FieldErrors;
}

/** Every field of the lab profile; used to create a lab and to edit it. */
export function ProfileFields({ value, onChange, errors }: ProfileFieldsProps) {
  const text = (field: 'name' | 'country' | 'city' | 'localPartner' | 'problem' | 'scalingGoal' | 'startDate') => ({
    value: value[field],
    onChange: (e: { currentTarget: { value: string } }) => onChange({ [field]: e.currentTarget.value }),
    error: errors[field],
  });

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          label="Lab name"
          required
          placeholder="e.g. Foundational literacy, Ghana"
          maxLength={200}
          {...text('name')}
          style={{ gridColumn: 'span 2' }}
        />
        <TextInput label="Start date" type="date" required {...text('startDate')} />
        <TextInput label="Country" maxLength={100} {...text('country')} />
        <TextInput label="City" maxLength={100} {...text('city')} />
        <TextInput label="Local partner" maxLength={300} {...text('localPartner')} />
      </SimpleGrid>
      <TagsInput
        label="Initiatives being scaled"
        description="Press Enter after each one"
        placeholder={value.initiatives.length ? '' : 'e.g. Teaching at the Right Level'}
        value={value.initiatives}
        onChange={(initiatives) => onChange({ initiatives })}
        error={errors.initiatives}
        maxTags={20}
        clearable
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Textarea label="Problem addressed" autosize minRows={3} maxRows={8} maxLength={4000} {...text('problem')} />
        <Textarea label="Scaling goal" autosize minRows={3} maxRows={8} maxLength={4000} {...text('scalingGoal')} />
      </SimpleGrid>
      <Group align="flex-start" gap="xl">
        <Input.Wrapper
          label="Scaling pathways"
          description="Choose every pathway the lab pursues"
          error={errors.pathways}
        >
          <Chip.Group multiple value={value.pathways} onChange={(v) => onChange({ pathways: v as ScalingPathway[] })}>
            <Group gap="xs" mt={6}>
              {SCALING_PATHWAYS.map((p) => (
                <Chip key={p} value={p} variant="outline" size="sm">
                  {PATHWAY_LABELS[p]}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Input.Wrapper label="Approach" description="How the model travels to new settings" error={errors.approach}>
          <SegmentedControl
            mt={6}
            data={APPROACHES}
            value={value.approach ?? 'none'}
            onChange={(v) => onChange({ approach: v === 'none' ? null : (v as ScalingApproach) })}
            aria-label="Approach"
          />
        </Input.Wrapper>
      </Group>
    </Stack>
  );
}
