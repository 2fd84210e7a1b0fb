import { Autocomplete, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { RubricItemInput, type RubricItem } from '../../../shared/domain/rubric';
import { useMutationOp } from '../../client/use-op';
import { fieldErrors, type FieldErrors } from '../../components/field-errors';
import { notifyError } from '../../components/notify';

/** `item` null adds an ingredient. */
export interface ItemEdit {
  item: RubricItem | null;
}

function ItemForm({ item, groups, onDone, onDelete }: { item: RubricItem | null; groups: string[]; onDone: () => void; onDelete: (i: RubricItem) => void }) {
  const create = useMutationOp('rubric.createItem');
  const update = useMutationOp('rubric.updateItem');
  const [label, setLabel] = useState(item?.label ?? '');
  const [group, setGroup] = useState(item?.group ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = RubricItemInput.safeParse({ label, group, description, guide: item?.guide ?? {} });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    const onError = (err: unknown) => notifyError('The ingredient was not saved', err);
    if (!item) return create.mutate({ item: parsed.data }, { onSuccess: onDone, onError });
    const patch = { label: parsed.data.label, group: parsed.data.group, description: parsed.data.description };
    update.mutate({ id: item.id, patch }, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput label="Ingredient" required value={label} onChange={(e) => setLabel(e.currentTarget.value)} error={errors.label} data-autofocus maxLength={200} />
        <Autocomplete label="Group" data={groups} value={group} onChange={setGroup} error={errors.group} maxLength={100} />
        <Textarea label="What it means" autosize minRows={3} maxRows={8} value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={errors.description} />
        <Group justify="space-between">
          {item ? (
            <Button variant="subtle" color="red" onClick={() => onDelete(item)}>
              Delete ingredient
            </Button>
          ) : (
            <span />
          )}
          <Group gap="xs">
            <Button variant="default" onClick={onDone}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {item ? 'Save ingredient' : 'Add ingredient'}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}

export function ItemModal({ edit, groups, onClose, onDelete }: { edit: ItemEdit | null; groups: string[]; onClose: () => void; onDelete: (i: RubricItem) => void }) {
  return (
    <Modal opened={edit !== null} onClose={onClose} title={edit?.item ? 'Edit ingredient' : 'Add ingredient'}>
      {edit && <ItemForm item={edit.item} groups={groups} onDone={onClose} onDelete={onDelete} />}
    </Modal>
  );
}
