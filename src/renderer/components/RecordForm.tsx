import { Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormActions } from './FormActions';

interface RecordFormProps {
  /** What the form adds or edits, lower case: "convening" gives "Add convening" or "Save convening". */
  noun: string;
  isNew: boolean;
  busy: boolean;
  onSubmit: () => void;
  onCancel: () => void;
  /** The fields. */
  children: ReactNode;
}

/** The form of an add-or-edit dialog: its fields one under another, then Cancel and Add or Save. */
export function RecordForm({ noun, isNew, busy, onSubmit, onCancel, children }: RecordFormProps) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      // The contract's schema checks the fields, so its messages, not the browser's, show under them.
      noValidate
    >
      <Stack gap="md">
        {children}
        <FormActions submitLabel={`${isNew ? 'Add' : 'Save'} ${noun}`} busy={busy} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
