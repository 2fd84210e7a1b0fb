import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { IconArrowForward, IconCalendarDue, IconDots, IconPencil, IconPlus, IconTrash, IconUser } from '@tabler/icons-react';
import type { Measure, Target, TargetStatus } from '../../../shared/domain/action-plan';
import { formatDay } from '../../format/dates';
import { MeasureRow } from './MeasureRow';
import { StatusMenu } from './StatusBadge';

export interface TargetActions {
  onEdit: (t: Target) => void;
  onDelete: (t: Target) => void;
  onStatus: (t: Target, s: TargetStatus) => void;
  onCarryOver: (t: Target) => void;
  onAddMeasure: (t: Target) => void;
  onEditMeasure: (t: Target, m: Measure) => void;
  onDeleteMeasure: (m: Measure) => void;
}

function owner(t: Target): string {
  if (t.ownerName && t.ownerOrganisation) return `${t.ownerName} (${t.ownerOrganisation})`;
  return t.ownerName ?? t.ownerOrganisation;
}

export function TargetCard({ target: t, actions }: { target: Target; actions: TargetActions }) {
  const who = owner(t);
  return (
    <Paper withBorder radius="md" p="md" component="article" aria-label={`Target ${t.text}`}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6} miw={0} flex={1}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <StatusMenu status={t.status} label={t.text} onChange={(s) => actions.onStatus(t, s)} />
            {t.kind === 'idea' && (
              <Badge variant="outline" color="grape" size="sm" style={{ flex: 'none' }}>
                Idea to test
              </Badge>
            )}
            <Text fw={600} size="sm" style={{ overflowWrap: 'anywhere' }}>
              {t.text}
            </Text>
          </Group>
          <Group gap="md" c="dimmed">
            {who && (
              <Group gap={4} wrap="nowrap">
                <IconUser size={13} />
                <Text size="xs">{who}</Text>
              </Group>
            )}
            {t.dueDate && (
              <Group gap={4} wrap="nowrap">
                <IconCalendarDue size={13} />
                <Text size="xs">Due {formatDay(t.dueDate)}</Text>
              </Group>
            )}
            {t.carriedFromId && (
              <Group gap={4} wrap="nowrap">
                <IconArrowForward size={13} />
                <Text size="xs">Carried over from an earlier iteration</Text>
              </Group>
            )}
          </Group>
          {t.notes && (
            <Text size="xs" c="dimmed" fs="italic" lineClamp={3}>
              {t.notes}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} />} onClick={() => actions.onAddMeasure(t)} aria-label={`Add measure to ${t.text}`}>
            Measure
          </Button>
          <Menu position="bottom-end" shadow="md" width={240}>
            <Menu.Target>
              <ActionIcon variant="subtle" color="gray" aria-label={`More actions for ${t.text}`}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={15} />} onClick={() => actions.onEdit(t)}>
                Edit target
              </Menu.Item>
              <Menu.Item leftSection={<IconArrowForward size={15} />} onClick={() => actions.onCarryOver(t)} disabled={t.carriedToId !== null}>
                Carry over to next iteration
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item leftSection={<IconTrash size={15} />} color="red" onClick={() => actions.onDelete(t)}>
                Delete target
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {t.measures.length > 0 && (
        <Stack gap={0} mt="sm">
          {t.measures.map((m) => (
            <MeasureRow key={m.id} measure={m} onEdit={(x) => actions.onEditMeasure(t, x)} onDelete={actions.onDeleteMeasure} />
          ))}
        </Stack>
      )}
    </Paper>
  );
}
