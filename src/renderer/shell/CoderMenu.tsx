import { Avatar, Button, Menu, Text, VisuallyHidden } from '@mantine/core';
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

interface CoderMenuProps {
  coderName: string | null;
  onSwitch: () => void;
  /** Only the initials on the button, when large text leaves the header no room for the name. */
  compact?: boolean;
}

export function CoderMenu({ coderName, onSwitch, compact = false }: CoderMenuProps) {
  const name = coderName ?? 'No coder';
  return (
    <Menu position="bottom-end" width="15rem" shadow="md">
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
          {/* Named by its content, not aria-label: axe's label-in-name rule would read the initials as visible text. */}
          <VisuallyHidden component="span">Coder: {name}</VisuallyHidden>
          {!compact && (
            <Text size="sm" fw={500} maw={160} truncate aria-hidden>
              {name}
            </Text>
          )}
        </Button>
      </Menu.Target>
      {/* At 200% the menu is taller than a laptop's window: it scrolls rather than running off the bottom. */}
      <Menu.Dropdown mah="calc(100dvh - var(--app-shell-header-height, 3.5rem) - 1rem)" style={{ overflowY: 'auto' }}>
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
