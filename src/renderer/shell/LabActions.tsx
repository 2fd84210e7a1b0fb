import { ActionIcon, Button, Menu, Tooltip } from '@mantine/core';
import { IconCopyPlus, IconDoorExit, IconDots, IconGitMerge, IconHistory, type Icon } from '@tabler/icons-react';
import type { CommandId } from '../commands/command';

interface LabActionsProps {
  /** Folds the actions into one menu, for when large text leaves the header no room for a button each. */
  folded: boolean;
  runCommand: (id: CommandId) => void;
  onCloseLab: () => void;
  closing: boolean;
}

// Browser mode has no File menu: Restore from Backup…, and the second coder's copy and merge, are here.
const FILE_ACTIONS: { command: CommandId; label: string; icon: Icon }[] = [
  { command: 'restore-backup', label: 'Restore from Backup…', icon: IconHistory },
  { command: 'save-coding-copy', label: 'Save a Copy for Coding…', icon: IconCopyPlus },
  { command: 'merge-coding-copy', label: 'Merge a Coder’s Copy…', icon: IconGitMerge },
];

/** The lab's file actions and Close lab: a button each when they fit, else one "Lab actions" menu. */
export function LabActions({ folded, runCommand, onCloseLab, closing }: LabActionsProps) {
  if (folded) {
    return (
      <Menu position="bottom-end" shadow="md">
        <Menu.Target>
          <Tooltip label="Lab actions">
            <ActionIcon variant="default" size="lg" aria-label="Lab actions">
              <IconDots size={18} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown>
          {FILE_ACTIONS.map(({ command, label, icon: ItemIcon }) => (
            <Menu.Item key={command} leftSection={<ItemIcon size={16} />} onClick={() => runCommand(command)}>
              {label}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDoorExit size={16} />} onClick={onCloseLab} disabled={closing}>
            Close lab
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
    );
  }
  return (
    <>
      {FILE_ACTIONS.map(({ command, label, icon: ItemIcon }) => (
        <Tooltip key={command} label={label}>
          <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => runCommand(command)}>
            <ItemIcon size={18} />
          </ActionIcon>
        </Tooltip>
      ))}
      <Button variant="default" leftSection={<IconDoorExit size={16} />} onClick={onCloseLab} loading={closing}>
        Close lab
      </Button>
    </>
  );
}
