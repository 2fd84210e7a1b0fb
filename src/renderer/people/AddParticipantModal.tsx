import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import type { Participant } from '../../shared/domain/participant';
import { useMutationOp } from '../client/use-op';
import type { FieldErrors } from '../components/field-errors';
import { FormActions } from '../components/FormActions';
import { notifyError } from '../components/notify';
import { emptyParticipantDraft, validateParticipant, type ParticipantDraft } from './participant-draft';
import { ParticipantFields } from './ParticipantFields';

interface AddParticipantModalProps {
  opened: boolean;
  knownKeys: string[];
  onClose: () => void;
}

function AddParticipantForm({
  knownKeys,
  onAdded,
  onCancel,
}: {
  knownKeys: string[];
  onAdded: (p: Participant) => void;
  onCancel: () => void;
}) {
  const create = useMutationOp('participants.create');
  const [draft, setDraft] = useState<ParticipantDraft>(emptyParticipantDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const change = (patch: Partial<ParticipantDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (submitted) setErrors(validateParticipant(next, true).errors ?? {});
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const checked = validateParticipant(draft, true);
    setErrors(checked.errors ?? {});
    if (!checked.values) return;
    create.mutate(
      { participant: checked.values },
      { onSuccess: onAdded, onError: (err) => notifyError('The participant was not added', err) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <ParticipantFields value={draft} onChange={change} errors={errors} isNew knownKeys={knownKeys} />
        <FormActions submitLabel="Add participant" busy={create.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/** Adds participants one after another; after each, says which pseudonym the store gave them. */
export function AddParticipantModal({ opened, knownKeys, onClose }: AddParticipantModalProps) {
  const [added, setAdded] = useState<Participant | null>(null);
  const [round, setRound] = useState(0);
  const close = () => {
    setAdded(null);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title="Add participant" size="lg">
      {added ? (
        <Stack gap="lg">
          <Alert color="green" variant="light" icon={<IconCircleCheck />} title={`${added.displayName} was added`}>
            <Text size="sm">
              Their pseudonym is <b>{added.pseudonym}</b>. Exports show it instead of the name.
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Done
            </Button>
            <Button
              data-autofocus
              onClick={() => {
                setAdded(null);
                setRound((r) => r + 1);
              }}
            >
              Add another
            </Button>
          </Group>
        </Stack>
      ) : (
        opened && <AddParticipantForm key={round} knownKeys={knownKeys} onAdded={setAdded} onCancel={close} />
      )}
    </Modal>
  );
}
