import { Alert, Modal, Stack, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useMutationOp } from '../client/use-op';
import { FormActions } from '../components/FormActions';
import { errorMessage } from '../components/notify';
import type { FieldErrors } from '../components/field-errors';
import { todayIso } from '../format/dates';
import { ProfileFields } from '../lab/ProfileFields';
import { emptyProfileDraft, validateProfile, type ProfileDraft } from '../lab/profile-draft';

/** `path` is set when Electron's save dialog already chose the file; otherwise the lab goes into the labs folder. */
export interface NewLabRequest {
  path?: string;
}

function NewLabForm({ path, onDone }: { path?: string; onDone: () => void }) {
  const qc = useQueryClient();
  const create = useMutationOp('labs.create');
  const [draft, setDraft] = useState<ProfileDraft>(() => emptyProfileDraft(todayIso()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);

  const change = (patch: Partial<ProfileDraft>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (submitted) setErrors(validateProfile(next).errors ?? {});
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const checked = validateProfile(draft);
    setErrors(checked.errors ?? {});
    if (!checked.profile) return;
    create.mutate(
      { profile: checked.profile, ...(path ? { path } : {}) },
      {
        onSuccess: () => {
          void qc.invalidateQueries();
          onDone();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          The lab starts with the usual timeline — research and planning, four six-month iterations and a final phase,
          each closed by a convening. You can change all of it later.
        </Text>
        <ProfileFields value={draft} onChange={change} errors={errors} />
        {path && (
          <Text size="sm" c="dimmed">
            <IconFolder size={14} style={{ verticalAlign: -2 }} /> Saved as {path}
          </Text>
        )}
        {create.error && (
          <Alert color="red" variant="light" title="The lab was not created">
            {errorMessage(create.error)}
          </Alert>
        )}
        <FormActions submitLabel="Create lab" busy={create.isPending} onCancel={onDone} />
      </Stack>
    </form>
  );
}

export function NewLabModal({ request, onClose }: { request: NewLabRequest | null; onClose: () => void }) {
  return (
    <Modal opened={request !== null} onClose={onClose} title="New lab" size="xl">
      {/* Mounted afresh for each request, so a cancelled form starts empty next time. */}
      {request && <NewLabForm path={request.path} onDone={onClose} />}
    </Modal>
  );
}
