import { Avatar, Button, Menu, Text } from '@mantine/core';
import { IconChevronDown, IconUserEdit } from '@tabler/icons-react';
import { AppearanceControl } from '../appearance/AppearanceControl';
import { TextSizeControl } from '../text-size/TextSizeControl';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function CoderMenu({ coderName, onSwitch }: { coderName: string | null; onSwitch: () => void }) {
  const name = coderName ?? 'No coder';
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          px="xs"
          leftSection={
            <Avatar size={26} radius="xl" color="brand" variant="light" aria-hidden>
              {initials(name)}
            </Avatar>
          }
          rightSection={<IconChevronDown size={14} />}
        >
          <Text size="sm" fw={500} maw={160} truncate>
            {name}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Changes are recorded as {name}</Menu.Label>
        <Menu.Item leftSection={<IconUserEdit size={16} />} onClick={onSwitch}>
          Switch coder…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>Text size</Menu.Label>
        <TextSizeControl />
        <Menu.Divider />
        <AppearanceControl />
      </Menu.Dropdown>
    </Menu>
  );
}
