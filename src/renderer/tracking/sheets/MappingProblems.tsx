import { Alert, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';

/** What still stops the check of a column mapping, one sentence a line; nothing when it can be sent. */
export function MappingProblems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconInfoCircle />} title="Before the check">
      {problems.map((m) => (
        <Text key={m} size="sm">
          {m}
        </Text>
      ))}
    </Alert>
  );
}
