import { ActionIcon, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Convening, Phase } from '../../shared/domain/timeline';
import { formatRange, monthsBetween } from '../format/dates';
import { ConveningRow } from './ConveningRow';
import { PHASE_KIND_COLORS, PHASE_KIND_LABELS } from './timeline-kinds';

/** "Iteration 2" needs no "Iteration" badge beside it; a phase called "Pilot" does. */
function nameSaysKind(phase: Phase): boolean {
  return phase.name.toLowerCase().includes(phase.kind);
}

interface PhaseBlockProps {
  /** null for the convenings that belong to no phase. */
  phase: Phase | null;
  convenings: Convening[];
  onEditPhase: (phase: Phase) => void;
  onDeletePhase: (phase: Phase) => void;
  onAddConvening: (phaseId: string | null) => void;
  onEditConvening: (convening: Convening) => void;
  onDeleteConvening: (convening: Convening) => void;
}

export function PhaseBlock({
  phase,
  convenings,
  onEditPhase,
  onDeletePhase,
  onAddConvening,
  ...rowActions
}: PhaseBlockProps) {
  const color = phase ? PHASE_KIND_COLORS[phase.kind] : 'gray';
  const name = phase?.name ?? 'Not in a phase';
  const months = phase ? monthsBetween(phase.startDate, phase.endDate) : 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="sm"
      pl="md"
      component="article"
      aria-label={`Phase ${name}`}
      style={{ borderLeft: `4px solid var(--mantine-color-${color}-5)` }}
    >
      <Group justify="space-between" wrap="nowrap" mb={convenings.length ? 'xs' : 0}>
        <Group gap="sm" wrap="nowrap" miw={0}>
          <Text fw={600} truncate>
            {name}
          </Text>
          {phase && !nameSaysKind(phase) && (
            <Badge variant="light" color={color} size="sm">
              {PHASE_KIND_LABELS[phase.kind]}
            </Badge>
          )}
          {phase && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
              {formatRange(phase.startDate, phase.endDate)} · {months} {months === 1 ? 'month' : 'months'}
            </Text>
          )}
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onAddConvening(phase?.id ?? null)}
            aria-label={`Add convening to ${name}`}
          >
            Convening
          </Button>
          {phase && (
            <>
              <Tooltip label="Edit phase">
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  aria-label={`Edit phase ${phase.name}`}
                  onClick={() => onEditPhase(phase)}
                >
                  <IconPencil size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label="Delete phase">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Delete phase ${phase.name}`}
                  onClick={() => onDeletePhase(phase)}
                >
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </>
          )}
        </Group>
      </Group>
      {convenings.length > 0 && (
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {convenings.map((c) => (
            <ConveningRow
              key={c.id}
              convening={c}
              onEdit={rowActions.onEditConvening}
              onDelete={rowActions.onDeleteConvening}
            />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
