import { Button, Group, TextInput } from '@mantine/core';
import { IconFolderOpen } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';

export function OpenByPath({ onOpen, busy }: { onOpen: (path: string) => void; busy: boolean }) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = path.trim();
    if (!trimmed) {
      setError('Type the full path of a .scalinglab file');
      return;
    }
    setError(null);
    onOpen(trimmed);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label="Open a lab file"
          placeholder="/home/me/Labs/ghana-literacy.scalinglab"
          value={path}
          onChange={(e) => setPath(e.currentTarget.value)}
          error={error}
        />
        <Button type="submit" variant="light" mt={25} loading={busy} leftSection={<IconFolderOpen size={16} />}>
          Open
        </Button>
      </Group>
    </form>
  );
}
