import { Button, Group, type MantineSpacing } from '@mantine/core';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
  /** Drawers set their buttons closer, beside the delete button; dialogs keep Mantine's default. */
  gap?: MantineSpacing;
}

/** Cancel and the form's submit button, at the right of a dialog or drawer form. */
export function FormActions({ submitLabel, busy, onCancel, gap }: FormActionsProps) {
  return (
    <Group justify="flex-end" gap={gap}>
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Group>
  );
}
