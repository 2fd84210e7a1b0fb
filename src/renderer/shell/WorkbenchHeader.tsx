import { Divider, Group, Text, ThemeIcon } from '@mantine/core';
import { IconFlask2 } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import type { OpenLab } from '../../shared/domain/app';
import { dropLabQueries } from '../client/app-state-cache';
import { useMutationOp } from '../client/use-op';
import type { CommandContext, CommandId } from '../commands/command';
import { notifyError } from '../components/notify';
import { SearchButton } from '../search/SearchButton';
import { CoderMenu } from './CoderMenu';
import { LabActions } from './LabActions';
import { UndoRedoButtons } from './UndoRedoButtons';
import { useWidthInRem } from './use-width-in-rem';

/** Below this width (1024 px at 100%, 1280 px at 125%) the header's secondary buttons fold into menus. */
const ROOMY_HEADER_REM = 64;

interface WorkbenchHeaderProps {
  lab: OpenLab;
  coderName: string | null;
  commandContext: CommandContext;
  runCommand: (id: CommandId) => void;
  onSwitchCoder: () => void;
}

export function WorkbenchHeader({ lab, coderName, commandContext, runCommand, onSwitchCoder }: WorkbenchHeaderProps) {
  const qc = useQueryClient();
  const compact = useWidthInRem() < ROOMY_HEADER_REM;
  const close = useMutationOp('labs.close');
  const closeLab = () =>
    close.mutate(
      {},
      { onSuccess: () => dropLabQueries(qc), onError: (e) => notifyError('Could not close the lab', e) },
    );

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ThemeIcon size={32} radius="md" variant="light" style={{ flex: 'none' }}>
          <IconFlask2 size={20} stroke={1.6} />
        </ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <Text size="xs" c="dimmed" lh={1.2} truncate>
            Scaling Lab Workbench
          </Text>
          <Text fw={600} lh={1.3} truncate data-testid="lab-name">
            {lab.name}
          </Text>
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flex: 'none' }}>
        <SearchButton runCommand={runCommand} />
        <UndoRedoButtons context={commandContext} runCommand={runCommand} />
        <Divider orientation="vertical" />
        <CoderMenu coderName={coderName} onSwitch={onSwitchCoder} compact={compact} />
        <LabActions folded={compact} runCommand={runCommand} onCloseLab={closeLab} closing={close.isPending} />
      </Group>
    </Group>
  );
}
