import { Badge, Button, Card, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFileImport, IconPlus, IconSparkles } from '@tabler/icons-react';
import { useMutationOp, useOp } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { countCodes } from './codebook-file';

interface CodebookEmptyProps {
  onCreate: () => void;
  onImportFile: () => void;
}

/** A lab with no codes yet: offer the starter codebook, a first code of one's own, or a codebook file. */
export function CodebookEmpty({ onCreate, onImportFile }: CodebookEmptyProps) {
  const starter = useOp('codebook.starter', {});
  const add = useMutationOp('codebook.import');
  const total = starter.data ? countCodes(starter.data.codes) : 0;
  const addStarter = () =>
    starter.data &&
    add.mutate(
      { codebook: starter.data },
      {
        onSuccess: ({ created }) =>
          notifyDone(`${created} codes added. Edit, merge or delete any of them.`, 'Starter codebook added'),
        onError: (e) => notifyError('The starter codebook was not added', e),
      },
    );

  return (
    <Stack maw={720} mx="auto" mt={40} gap="lg">
      <Card padding="xl">
        <Group gap="md" align="flex-start" wrap="nowrap">
          <ThemeIcon size={44} radius="md" variant="light">
            <IconSparkles size={24} />
          </ThemeIcon>
          <Stack gap="sm" style={{ flex: 1 }}>
            <div>
              <Title order={3} fz="lg">
                Start from the Millions Learning starter codebook
              </Title>
              <Text size="sm" c="dimmed" mt={4}>
                The 14 core ingredients of scaling, grouped under Design, Delivery, Finance and Enabling environment,
                and scaling-process codes: bottleneck, opportunity, change idea, adaptation, lesson learned, course
                correction. Each comes with a definition, when to use it and an example. Everything stays editable.
              </Text>
            </div>
            {starter.data && (
              <Group gap={6}>
                {starter.data.codes.map((c) => (
                  <Badge key={c.name} variant="light" color="gray" size="md">
                    {c.name} · {countCodes(c.children ?? [])}
                  </Badge>
                ))}
              </Group>
            )}
            {starter.error && (
              <Text size="sm" c="red">
                {starter.error.message}
              </Text>
            )}
            <Button w="fit-content" onClick={addStarter} loading={add.isPending} disabled={!starter.data}>
              {starter.data ? `Add the starter codebook (${total} codes)` : 'Add the starter codebook'}
            </Button>
          </Stack>
        </Group>
      </Card>
      <Group justify="center" gap="sm">
        <Text size="sm" c="dimmed">
          Or begin with your own:
        </Text>
        <Button variant="default" leftSection={<IconPlus size={16} />} onClick={onCreate}>
          Create the first code
        </Button>
        <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onImportFile}>
          Import a codebook file…
        </Button>
      </Group>
    </Stack>
  );
}
