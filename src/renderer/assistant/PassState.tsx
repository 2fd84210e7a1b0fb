import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import type { WorkbenchError } from '../../shared/contract/errors';
import { QueryState } from '../components/QueryState';
import { useJobProgress, wasCancelled } from '../components/use-job';

interface Pass {
  data?: unknown;
  error: WorkbenchError | null;
  isFetching: boolean;
  jobId: string | null;
  cancel: () => void;
  refetch: () => unknown;
}

/**
 * Where a pass over the lab stands, above or instead of its results: how far it has got, with Cancel ("Reading
 * every source… 120 of 1,000"); that it was cancelled, with Look again; else, without results yet, loading or its
 * error. Nothing once the results are current.
 */
export function PassState({ pass, what }: { pass: Pass; what: string }) {
  const progress = useJobProgress(pass.jobId);
  if (progress && pass.isFetching) {
    const share = progress.total > 0 ? progress.done / progress.total : 0;
    return (
      <Stack gap={4} role="status" aria-label={`Finding ${what}`}>
        <Group justify="space-between" wrap="nowrap">
          {/* The count changes a hundred times a pass: inside a live region a screen reader would read every one.
              The progress bar below carries it, read when the documenter asks. */}
          <Text size="xs" c="dimmed">
            <span aria-hidden>
              {progress.label}… {progress.done.toLocaleString()} of {progress.total.toLocaleString()}
            </span>
            {pass.data ? '; the list below is from before your latest change' : ''}
          </Text>
          <Button size="compact-xs" variant="subtle" color="gray" onClick={pass.cancel}>
            Cancel
          </Button>
        </Group>
        <Progress value={Math.round(100 * share)} size="sm" animated aria-label={`Finding ${what}`} />
      </Stack>
    );
  }
  if (pass.error && wasCancelled(pass.error) && !pass.isFetching) {
    return (
      <Alert variant="light" color="gray" py={6}>
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">
            Cancelled before every source was read{pass.data ? '; the list below is from before your latest change' : ''}.
          </Text>
          <Button size="compact-xs" variant="light" onClick={() => void pass.refetch()}>
            Look again
          </Button>
        </Group>
      </Alert>
    );
  }
  return pass.data ? null : <QueryState error={pass.error} label={what} />;
}
