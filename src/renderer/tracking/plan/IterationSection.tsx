import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { IterationProgress } from '../../../shared/domain/action-plan';
import { formatRange } from '../../format/dates';
import { StatusCounts } from './StatusCounts';
import { TargetCard, type TargetActions } from './TargetCard';

interface IterationSectionProps {
  block: IterationProgress;
  actions: TargetActions;
  onAddTarget: (phaseId: string | null) => void;
}

export function IterationSection({ block, actions, onAddTarget }: IterationSectionProps) {
  const name = block.phase?.name ?? 'Not planned into an iteration';
  return (
    <Stack gap={block.targets.length ? 'sm' : 0} component="section" aria-label={`Action plan ${name}`}>
      <Group justify="space-between" align="flex-end">
        <Group gap="md" align="baseline">
          <Title order={3} fz="lg">
            {name}
          </Title>
          {block.phase && (
            <Text size="sm" c="dimmed">
              {formatRange(block.phase.startDate, block.phase.endDate)}
            </Text>
          )}
          {block.targets.length > 0 ? (
            <StatusCounts byStatus={block.byStatus} />
          ) : (
            <Text size="sm" c="dimmed" fs="italic">
              No targets yet
            </Text>
          )}
        </Group>
        <Button
          variant="subtle"
          size="compact-sm"
          leftSection={<IconPlus size={14} />}
          onClick={() => onAddTarget(block.phase?.id ?? null)}
          aria-label={`Add target to ${name}`}
        >
          Target
        </Button>
      </Group>
      {block.targets.map((t) => (
        <TargetCard key={t.id} target={t} actions={actions} />
      ))}
    </Stack>
  );
}
