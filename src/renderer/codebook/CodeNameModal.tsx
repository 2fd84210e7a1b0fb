import { Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CodeName, type Code, type CodeWithCounts } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { FormActions } from '../components/FormActions';
import { notifyError } from '../components/notify';
import { codeOptions } from './code-tree';

const TOP = '__top';

interface CodeNameModalProps {
  /** A new code under `parentId`, or a code to rename; null closes the dialog. */
  target: { parentId: string | null } | { code: CodeWithCounts } | null;
  codes: CodeWithCounts[];
  onClose: () => void;
  onSaved: (code: Code) => void;
}

function CodeNameForm({
  target,
  codes,
  onClose,
  onSaved,
}: CodeNameModalProps & { target: NonNullable<CodeNameModalProps['target']> }) {
  const create = useMutationOp('codes.create');
  const update = useMutationOp('codes.update');
  const renaming = 'code' in target ? target.code : null;
  const [name, setName] = useState(renaming?.name ?? '');
  const [parent, setParent] = useState<string>(('parentId' in target && target.parentId) || TOP);
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = CodeName.safeParse(name);
    if (!checked.success) return setError('A code needs a name');
    const handlers = {
      onSuccess: (c: Code) => {
        onSaved(c);
        onClose();
      },
      onError: (err: Error) =>
        err.message.startsWith('name:') ? setError(err.message.slice(6)) : notifyError('Not saved', err),
    };
    if (renaming) update.mutate({ id: renaming.id, patch: { name: checked.data } }, handlers);
    else create.mutate({ code: { name: checked.data, parentId: parent === TOP ? null : parent } }, handlers);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label="Code name"
          required
          maxLength={200}
          data-autofocus
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
          }}
          error={error}
        />
        {!renaming && (
          <Select
            label="Inside"
            data={[{ value: TOP, label: 'Top level' }, ...codeOptions(codes)]}
            value={parent}
            onChange={(v) => setParent(v ?? TOP)}
            allowDeselect={false}
            searchable
          />
        )}
        <FormActions
          submitLabel={renaming ? 'Rename' : 'Create code'}
          busy={create.isPending || update.isPending}
          onCancel={onClose}
        />
      </Stack>
    </form>
  );
}

export function CodeNameModal(props: CodeNameModalProps) {
  const { target } = props;
  const title = target && 'code' in target ? `Rename “${target.code.name}”` : 'New code';
  return (
    <Modal opened={target !== null} onClose={props.onClose} title={title} size="md">
      {target && <CodeNameForm {...props} target={target} />}
    </Modal>
  );
}
