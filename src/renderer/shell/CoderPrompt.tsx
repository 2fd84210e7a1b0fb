import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { storeAppState } from '../client/app-state-cache';
import { useMutationOp, useOp } from '../client/use-op';
import { errorMessage } from '../components/notify';

interface CoderPromptProps {
  opened: boolean;
  /** On first start there is no coder yet: the prompt cannot be dismissed without a name. */
  required: boolean;
  current: string | null;
  labOpen: boolean;
  onClose: () => void;
}

export function CoderPrompt({ opened, required, current, labOpen, onClose }: CoderPromptProps) {
  const qc = useQueryClient();
  const setCoder = useMutationOp('app.setCoder');
  const coders = useOp('coders.list', {}, { enabled: opened && labOpen });
  const [name, setName] = useState('');
  const [touched, setTouched] = useState(false);

  const trimmed = name.trim();
  const problem = !trimmed
    ? 'Type your name, as your colleagues know you.'
    : trimmed.length > 100
      ? 'Keep it under 100 characters.'
      : null;
  const known = (coders.data ?? []).map((c) => c.name).filter((n) => n !== current);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (problem) return;
    setCoder.mutate(
      { name: trimmed },
      {
        onSuccess: (state) => {
          storeAppState(qc, state);
          setName('');
          setTouched(false);
          onClose();
        },
      },
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={required ? 'Who is working?' : 'Switch coder'}
      closeOnClickOutside={!required}
      closeOnEscape={!required}
      withCloseButton={!required}
      size="md"
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {required
              ? 'Your name is recorded with every change you make, so the lab’s history shows who coded what.'
              : `Changes are now recorded as ${current ?? 'nobody'}. Who is taking over?`}
          </Text>
          <TextInput
            label="Your name"
            placeholder="e.g. Amina Yusuf"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={(touched && problem) || (setCoder.error ? errorMessage(setCoder.error) : null)}
            data-autofocus
            maxLength={100}
          />
          {known.length > 0 && (
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                Coders of this lab:
              </Text>
              {known.map((k) => (
                <Button key={k} size="compact-xs" variant="light" radius="xl" onClick={() => setName(k)}>
                  {k}
                </Button>
              ))}
            </Group>
          )}
          <Group justify="flex-end">
            {!required && (
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
            )}
            <Button type="submit" loading={setCoder.isPending}>
              {required ? 'Start working' : 'Switch'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
