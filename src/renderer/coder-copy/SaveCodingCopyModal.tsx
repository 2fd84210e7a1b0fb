import { Button, Checkbox, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { OpenLab } from '../../shared/domain/app';
import { useMutationOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { closeCodingCopy } from './coder-copy-store';
import { besideLab, copyFileName } from './lab-folder';

/** File › Save a Copy for Coding…: who the copy is for, whether to hide the other coders' work, and where. */
export function SaveCodingCopyModal({ lab }: { lab: OpenLab }) {
  const save = useMutationOp('labs.saveCodingCopy');
  const [coder, setCoder] = useState('');
  const [hideOthers, setHideOthers] = useState(true);
  const [path, setPath] = useState<string | null>(null);
  const target = path ?? besideLab(lab.path, copyFileName(lab.path, coder));
  const submit = () =>
    save.mutate(
      { path: target, forCoder: coder, hideOthers },
      {
        onSuccess: (made) => {
          closeCodingCopy();
          notifyDone(`Saved a copy for ${made.forCoderName} (${made.excerpts} excerpts, ${made.codings} codings) to ${made.path}.`, 'Copy for coding saved');
        },
        onError: (e) => notifyError('Could not save the copy for coding', e),
      },
    );
  return (
    <Modal opened onClose={closeCodingCopy} title="Save a Copy for Coding" size="lg">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            A second coder codes in this copy; File › Merge a Coder’s Copy… brings their work back, each coding with its coder.
          </Text>
          <TextInput label="Second coder" description="Their name as they will enter it in the app" required value={coder} onChange={(e) => setCoder(e.currentTarget.value)} data-autofocus />
          <Checkbox
            label="Hide the other coders’ codings, tags and memos (blind coding, for agreement)"
            checked={hideOthers}
            onChange={(e) => setHideOthers(e.currentTarget.checked)}
          />
          <TextInput label="Save the copy as" required value={target} onChange={(e) => setPath(e.currentTarget.value)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={closeCodingCopy}>
              Cancel
            </Button>
            <Button type="submit" loading={save.isPending} disabled={coder.trim() === '' || target.trim() === ''}>
              Save copy
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
