import { useState, type ChangeEvent } from 'react';
import type { z } from 'zod';
import type { OpInput, OpName } from '../../shared/contract';
import { useMutationOp } from '../client/use-op';
import { fieldErrors, type FieldErrors } from './field-errors';
import { notifyError } from './notify';

/** The fields of a draft that hold text. */
type TextKey<D> = { [K in keyof D & string]: D[K] extends string ? K : never }[keyof D & string];

interface RecordFormOptions<D, C extends OpName, U extends OpName> {
  /** What the form adds or edits, lower case, as the failure notice names it: "convening". */
  noun: string;
  create: C;
  update: U;
  initial: () => D;
  /** After a save, or a submit that changed nothing. */
  onDone: () => void;
}

/**
 * The state of a dialog that adds or edits one record: the draft, the errors under its fields, and the
 * create and update operations. What the draft holds, and how an edit becomes a patch, stays with each form.
 */
export function useRecordForm<D extends object, C extends OpName, U extends OpName>({
  noun,
  create,
  update,
  initial,
  onDone,
}: RecordFormOptions<D, C, U>) {
  const creating = useMutationOp(create);
  const updating = useMutationOp(update);
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const onError = (err: unknown) => notifyError(`The ${noun} was not saved`, err);

  return {
    draft,
    errors,
    busy: creating.isPending || updating.isPending,
    set: (patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch })),
    /** The value, change handler and error of a text input or textarea bound to one field of the draft. */
    textProps: (key: TextKey<D>) => ({
      value: draft[key] as string,
      onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        const value = e.currentTarget.value;
        setDraft((d) => ({ ...d, [key]: value }));
      },
      error: errors[key],
    }),
    /** The value (the draft by default) as the contract's schema parses it; null, with the errors shown, when it fails. */
    parse<T>(schema: z.ZodType<T>, value: unknown = draft): T | null {
      const parsed = schema.safeParse(value);
      if (!parsed.success) {
        setErrors(fieldErrors(parsed.error));
        return null;
      }
      setErrors({});
      return parsed.data;
    },
    create: (input: OpInput<C>) => creating.mutate(input, { onSuccess: onDone, onError }),
    /** Null when the edit changed nothing: the dialog just closes. */
    update: (input: OpInput<U> | null) => (input ? updating.mutate(input, { onSuccess: onDone, onError }) : onDone()),
  };
}
