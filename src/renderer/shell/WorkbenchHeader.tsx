import { ActionIcon, Button, Divider, Group, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCopyPlus, IconDoorExit, IconFlask2, IconGitMerge, IconHistory } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { OpenLab } from '../../shared/domain/app';
import { dropLabQueries } from '../client/app-state-cache';
import { useMutationOp } from '../client/use-op';
import type { CommandContext, CommandId } from '../commands/command';
import { notifyError } from '../components/notify';
import { SearchButton } from '../search/SearchButton';
import { CoderMenu } from './CoderMenu';
import { UndoRedoButtons } from './UndoRedoButtons';

interface WorkbenchHeaderProps {
  lab: OpenLab;
  coderName: string | null;
  commandContext: CommandContext;
  runCommand: (id: CommandId) => void;
  onSwitchCoder: () => void;
}

export function WorkbenchHeader({ lab, coderName, commandContext, runCommand, onSwitchCoder }: WorkbenchHeaderProps) {
  const qc = useQueryClient();
  const close = useMutationOp('labs.close');
  const closeLab = () =>
    close.mutate(
      {},
      { onSuccess: () => dropLabQueries(qc), onError: (e) => notifyError('Could not close the lab', e) },
    );

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ThemeIcon size={32} radius="md" variant="light">
          <IconFlask2 size={20} stroke={1.6} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" lh={1.2}>
            Scaling Lab Workbench
          </Text>
          <Text fw={600} lh={1.3} truncate data-testid="lab-name">
            {lab.name}
          </Text>
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <SearchButton runCommand={runCommand} />
        <UndoRedoButtons context={commandContext} runCommand={runCommand} />
        <Divider orientation="vertical" />
        <CoderMenu coderName={coderName} onSwitch={onSwitchCoder} />
        {/* Browser mode has no File menu: its Restore from Backup… is here. */}
        <Tooltip label="Restore from Backup…">
          <ActionIcon variant="default" size="lg" aria-label="Restore from Backup…" onClick={() => runCommand('restore-backup')}>
            <IconHistory size={18} />
          </ActionIcon>
        </Tooltip>
        {/* …and the second coder's copy and merge, File menu entries in the Electron app. */}
        <Tooltip label="Save a Copy for Coding…">
          <ActionIcon variant="default" size="lg" aria-label="Save a Copy for Coding…" onClick={() => runCommand('save-coding-copy')}>
            <IconCopyPlus size={18} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Merge a Coder’s Copy…">
          <ActionIcon variant="default" size="lg" aria-label="Merge a Coder’s Copy…" onClick={() => runCommand('merge-coding-copy')}>
            <IconGitMerge size={18} />
          </ActionIcon>
        </Tooltip>
        <Button variant="default" leftSection={<IconDoorExit size={16} />} onClick={closeLab} loading={close.isPending}>
          Close lab
        </Button>
      </Group>
    </Group>
  );
}
