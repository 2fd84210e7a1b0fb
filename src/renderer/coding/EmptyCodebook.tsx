import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconSparkles, IconTags } from '@tabler/icons-react';
import { useState } from 'react';
import { run } from '../client/use-op';
import { notifyDone, notifyError } from '../components/notify';
import { NewCodeInline } from './NewCodeInline';

/** No codes yet: make the first one here, or start from the Millions Learning starter codebook. */
export function EmptyCodebook() {
  const [busy, setBusy] = useState(false);
  const addStarter = async () => {
    setBusy(true);
    try {
      const codebook = await run('codebook.starter', {});
      const { created } = await run('codebook.import', { codebook, parentId: null });
      notifyDone(`${created} codes added from the starter codebook. Undo with Ctrl+Z.`);
    } catch (e) {
      notifyError('The starter codebook was not added', e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" p="md" align="stretch">
      <ThemeIcon variant="light" size={40} radius="xl" mx="auto">
        <IconTags size={22} stroke={1.5} />
      </ThemeIcon>
      <Text ta="center" fw={600} size="sm">
        No codes yet
      </Text>
      <Text ta="center" size="xs" c="dimmed">
        Create your first code, or start from the 14 core ingredients of Millions Learning and the scaling-process codes.
      </Text>
      <NewCodeInline label="Create your first code" />
      <Button variant="light" size="xs" leftSection={<IconSparkles size={14} />} loading={busy} onClick={() => void addStarter()}>
        Use the starter codebook
      </Button>
    </Stack>
  );
}
