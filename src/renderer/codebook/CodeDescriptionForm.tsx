import { Button, ColorInput, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { CodePatch, type CodeWithCounts } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { changedFields, isEmptyPatch } from '../components/changed-fields';
import { fieldErrors, type FieldErrors } from '../components/field-errors';
import { notifyDone, notifyError } from '../components/notify';
import { CODE_SWATCHES } from './code-colours';

type Fields = Pick<CodeWithCounts, 'name' | 'colour' | 'definition' | 'whenToUse' | 'whenNotToUse' | 'example'>;

function fieldsOf(c: CodeWithCounts): Fields {
  return {
    name: c.name,
    colour: c.colour,
    definition: c.definition,
    whenToUse: c.whenToUse,
    whenNotToUse: c.whenNotToUse,
    example: c.example,
  };
}

const TEXTS = [
  ['definition', 'Definition', 'What the code means in this lab.'],
  ['whenToUse', 'When to use', 'The passages it is for.'],
  ['whenNotToUse', 'When not to use', 'Near misses, and the code to use instead.'],
  ['example', 'Example', 'A typical excerpt.'],
] as const;

/** A code's name, colour and description: what a second coder reads before applying it. */
export function CodeDescriptionForm({ code }: { code: CodeWithCounts }) {
  const update = useMutationOp('codes.update');
  const [draft, setDraft] = useState<Fields>(() => fieldsOf(code));
  const [errors, setErrors] = useState<FieldErrors>({});
  const patch = changedFields(fieldsOf(code), draft);
  const dirty = !isEmptyPatch(patch);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const checked = CodePatch.safeParse(patch);
    if (!checked.success) return setErrors(fieldErrors(checked.error));
    setErrors({});
    if (!dirty) return;
    update.mutate(
      { id: code.id, patch: checked.data },
      {
        onSuccess: (c) => notifyDone(`Saved “${c.name}”`),
        onError: (err) => notifyError('The code was not saved', err),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Code description">
      <Stack gap="md">
        <Group gap="md" align="flex-start" grow preventGrowOverflow={false}>
          <TextInput
            label="Name"
            required
            maxLength={200}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={errors.name}
            style={{ flex: 2 }}
          />
          <ColorInput
            label="Colour"
            format="hex"
            swatches={CODE_SWATCHES}
            swatchesPerRow={7}
            withEyeDropper={false}
            value={draft.colour}
            onChange={(colour) => setDraft({ ...draft, colour })}
            error={errors.colour}
            style={{ flex: 1 }}
          />
        </Group>
        {TEXTS.map(([field, label, hint]) => (
          <Textarea
            key={field}
            label={label}
            description={hint}
            autosize
            minRows={2}
            maxRows={8}
            maxLength={4000}
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.currentTarget.value })}
            error={errors[field]}
          />
        ))}
        <Group justify="flex-end" gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {dirty ? 'Unsaved changes' : ''}
          </Text>
          <Button variant="default" disabled={!dirty} onClick={() => setDraft(fieldsOf(code))}>
            Discard
          </Button>
          <Button type="submit" disabled={!dirty} loading={update.isPending}>
            Save code
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
