import { ActionIcon, Tooltip } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { CommandId } from '../commands/command';
import { commandRegistry } from '../commands/registry';
import { SearchDrawer } from './SearchDrawer';

/** The header's way into search (also Ctrl+Shift+F), with the drawer it opens. */
export function SearchButton({ runCommand }: { runCommand: (id: CommandId) => void }) {
  const command = commandRegistry.search;
  return (
    <>
      <Tooltip label={`${command.label}  (${command.shortcut})`}>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label={command.label}
          onClick={() => runCommand('search')}
        >
          <IconSearch size={20} stroke={1.6} />
        </ActionIcon>
      </Tooltip>
      <SearchDrawer runCommand={runCommand} />
    </>
  );
}
