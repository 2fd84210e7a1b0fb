import { ActionIcon, Group, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp } from '@tabler/icons-react';
import type { CommandContext, CommandId } from '../commands/command';
import { commandRegistry } from '../commands/registry';
import classes from './UndoRedoButtons.module.css';

const ICONS = { undo: IconArrowBackUp, redo: IconArrowForwardUp } as const;

export function UndoRedoButtons({
  context,
  runCommand,
}: {
  context: CommandContext;
  runCommand: (id: CommandId) => void;
}) {
  return (
    <Group gap={4} wrap="nowrap">
      {(['undo', 'redo'] as const).map((id) => {
        const command = commandRegistry[id];
        const Icon = ICONS[id];
        const enabled = command.enabled(context);
        return (
          <Tooltip key={id} label={`${command.describe(context)}  (${command.shortcut})`}>
            <ActionIcon
              variant="subtle"
              color="gray"
              size="lg"
              className={classes.button}
              aria-label={command.label}
              disabled={!enabled}
              onClick={() => runCommand(id)}
            >
              <Icon size={20} stroke={1.6} />
            </ActionIcon>
          </Tooltip>
        );
      })}
    </Group>
  );
}
