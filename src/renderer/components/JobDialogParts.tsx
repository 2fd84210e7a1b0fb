import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { JobProgress } from './use-job';

/** The progress of a dialog's job (useJob's `running`): a bar named for the work, and what it is doing now. */
export function JobProgressBar({ running, label }: { running: JobProgress; label: string }) {
  return (
    <Stack gap={4}>
      <Progress value={Math.round((100 * running.done) / Math.max(1, running.total))} animated aria-label={label} />
      <Text size="xs" c="dimmed">
        {running.label}…{running.total > 1 ? ` ${running.done.toLocaleString()} of ${running.total.toLocaleString()}` : ''}
      </Text>
    </Stack>
  );
}

interface JobDialogActionsProps {
  running: boolean;
  cancelLabel: string | null;
  onCancel: () => void;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A job dialog's buttons: while the job runs, only its Cancel (none where the work cannot stop halfway); otherwise
 * Close and the dialog's own action (`children`: export, import, test).
 */
export function JobDialogActions(props: JobDialogActionsProps) {
  return (
    <Group justify="flex-end">
      {props.running ? (
        props.cancelLabel && (
          <Button variant="default" onClick={props.onCancel}>
            {props.cancelLabel}
          </Button>
        )
      ) : (
        <>
          <Button variant="default" onClick={props.onClose}>
            {props.closeLabel}
          </Button>
          {props.children}
        </>
      )}
    </Group>
  );
}
