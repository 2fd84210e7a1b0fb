import { Drawer, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Participant } from '../../shared/domain/participant';
import { useMutationOp } from '../client/use-op';
import { completePatch } from '../components/changed-fields';
import { DrawerFormFooter } from '../components/DrawerFormFooter';
import type { FieldErrors } from '../components/field-errors';
import { notifyDone, notifyError } from '../components/notify';
import { formatDay } from '../format/dates';
import { draftFromParticipant, validateParticipant, valuesOf, type ParticipantDraft } from './participant-draft';
import { ParticipantFields } from './ParticipantFields';

interface EditProps {
  participant: Participant;
  knownKeys: string[];
  onDelete: (p: Participant) => void;
  onDone: () => void;
}

function EditParticipantForm({ participant, knownKeys, onDelete, onDone }: EditProps) {
  const update = useMutationOp('participants.update');
  const [draft, setDraft] = useState<ParticipantDraft>(() => draftFromParticipant(participant));
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = validateParticipant(draft, false);
    setErrors(checked.errors ?? {});
    if (!checked.values) return;
    const patch = completePatch(valuesOf(participant), { ...valuesOf(participant), ...checked.values });
    if (!patch) return onDone();
    update.mutate(
      { id: participant.id, patch },
      {
        onSuccess: (p) => {
          notifyDone(`Saved ${p.displayName}`);
          onDone();
        },
        onError: (err) => notifyError('The participant was not saved', err),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ParticipantFields
          value={draft}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          errors={errors}
          isNew={false}
          knownKeys={knownKeys}
        />
        <Text size="xs" c="dimmed">
          Added {formatDay(participant.createdAt.slice(0, 10))} · last changed{' '}
          {formatDay(participant.updatedAt.slice(0, 10))}
        </Text>
        <DrawerFormFooter busy={update.isPending} onDelete={() => onDelete(participant)} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function EditParticipantDrawer(props: Omit<EditProps, 'participant'> & { participant: Participant | null }) {
  const { participant, ...rest } = props;
  return (
    <Drawer
      opened={participant !== null}
      onClose={rest.onDone}
      position="right"
      size={600}
      title={participant ? `Edit ${participant.displayName}` : ''}
    >
      {participant && <EditParticipantForm key={participant.id} participant={participant} {...rest} />}
    </Drawer>
  );
}
