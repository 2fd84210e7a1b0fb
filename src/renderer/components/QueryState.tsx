import { Alert, Center, Loader } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { WorkbenchError } from '../../shared/contract/errors';

/** What a panel shows while its data loads or when reading it failed. */
export function QueryState({ error, label }: { error: WorkbenchError | null; label: string }) {
  if (error) {
    return (
      <Alert color="red" variant="light" icon={<IconAlertTriangle />} title={`Could not read the ${label}`}>
        {error.message}
      </Alert>
    );
  }
  return (
    <Center py="xl">
      <Loader size="sm" aria-label={`Loading the ${label}`} />
    </Center>
  );
}
