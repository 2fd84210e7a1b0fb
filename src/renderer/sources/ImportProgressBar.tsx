import { Button, Group, Paper, Progress, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import type { ImportProgress } from './import-store';

export function ImportProgressBar({ progress, onCancel }: { progress: ImportProgress; onCancel: () => void }) {
  const percent = progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <Paper withBorder p="md" radius="md" role="status" aria-label="Import progress" style={{ flex: 'none' }}>
      <Group justify="space-between" wrap="nowrap" mb={8}>
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm">
            {progress.cancelling
              ? 'Cancelling after the file in hand…'
              : `Importing ${progress.total.toLocaleString()} ${progress.total === 1 ? 'file' : 'files'}`}
          </Text>
          <Text size="xs" c="dimmed" truncate data-testid="import-current">
            {progress.done.toLocaleString()} of {progress.total.toLocaleString()} done · {progress.current}
          </Text>
        </div>
        <Button
          variant="default"
          size="xs"
          leftSection={<IconX size={14} />}
          onClick={onCancel}
          disabled={progress.cancelling}
        >
          Cancel
        </Button>
      </Group>
      <Progress
        value={percent}
        animated={!progress.cancelling}
        aria-label={`${progress.done} of ${progress.total} files imported`}
      />
    </Paper>
  );
}
