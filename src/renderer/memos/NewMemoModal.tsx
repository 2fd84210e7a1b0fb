import { Modal, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Memo } from '../../shared/domain/memo';
import { useMutationOp, useOp } from '../client/use-op';
import { FormActions } from '../components/FormActions';
import { errorMessage } from '../components/notify';
import type { MemoTargetKind } from './memo-targets';

interface NewMemoModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (memo: Memo) => void;
}

type Creatable = Exclude<MemoTargetKind, 'excerpt'>;

const KINDS: { value: Creatable; label: string }[] = [
  { value: 'lab', label: 'The lab' },
  { value: 'phase', label: 'A phase' },
  { value: 'source', label: 'A source' },
  { value: 'code', label: 'A code' },
  { value: 'participant', label: 'A participant' },
];

/** A new memo: a title, and what it is about (memos on an excerpt are written in the coding view). */
export function NewMemoModal({ opened, onClose, onCreated }: NewMemoModalProps) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<Creatable>('lab');
  const [targetId, setTargetId] = useState<string | null>(null);
  const [error, setError] = useState<{ title?: string; target?: string }>({});
  const create = useMutationOp('memos.create');
  const phases = useOp('timeline.get', {}, { enabled: opened }).data?.phases ?? [];
  const sources = useOp('sources.list', {}, { enabled: opened }).data ?? [];
  const codes = useOp('codes.list', {}, { enabled: opened }).data ?? [];
  const people = useOp('participants.list', {}, { enabled: opened }).data ?? [];
  const options: Record<Creatable, { value: string; label: string }[]> = {
    lab: [],
    phase: phases.map((p) => ({ value: p.id, label: p.name })),
    source: sources.map((s) => ({ value: s.id, label: s.title })),
    code: codes.map((c) => ({ value: c.id, label: c.name })),
    participant: people.map((p) => ({ value: p.id, label: p.displayName })),
  };

  const close = () => {
    setTitle('');
    setKind('lab');
    setTargetId(null);
    setError({});
    onClose();
  };
  const submit = () => {
    const problems: typeof error = {};
    if (!title.trim()) problems.title = 'A memo needs a title';
    if (kind !== 'lab' && !targetId) problems.target = `Choose ${KINDS.find((k) => k.value === kind)!.label.toLowerCase()}`;
    setError(problems);
    if (problems.title || problems.target) return;
    create.mutate(
      { title: title.trim(), targetKind: kind, targetId: kind === 'lab' ? null : targetId },
      {
        onSuccess: (m) => {
          onCreated(m);
          close();
        },
        onError: (e) => setError({ title: errorMessage(e) }),
      },
    );
  };

  return (
    <Modal opened={opened} onClose={close} title="New memo" size="md">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <TextInput label="Title" data-autofocus value={title} error={error.title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Stack gap={6}>
            <SegmentedControl
              aria-label="The memo is about"
              fullWidth
              size="xs"
              data={KINDS}
              value={kind}
              onChange={(v) => {
                setKind(v as Creatable);
                setTargetId(null);
                setError((e) => ({ ...e, target: undefined }));
              }}
            />
            {kind !== 'lab' && (
              <Select
                label={KINDS.find((k) => k.value === kind)!.label.replace(/^A /, '').replace(/^./, (c) => c.toUpperCase())}
                searchable
                data={options[kind]}
                value={targetId}
                error={error.target}
                nothingFoundMessage="Nothing matches"
                onChange={setTargetId}
              />
            )}
          </Stack>
          <FormActions submitLabel="Create memo" busy={create.isPending} onCancel={close} />
        </Stack>
      </form>
    </Modal>
  );
}
