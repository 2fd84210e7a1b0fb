import { Group, Text } from '@mantine/core';
import { TARGET_STATUSES, type TargetStatus } from '../../../shared/domain/action-plan';
import { TARGET_STATUS_COLORS, TARGET_STATUS_LABELS } from '../tracking-labels';

/** "2 met · 1 in progress": only the statuses some target has, each with its colour dot. */
export function StatusCounts({ byStatus }: { byStatus: Partial<Record<TargetStatus, number>> }) {
  const present = TARGET_STATUSES.filter((s) => (byStatus[s] ?? 0) > 0);
  if (present.length === 0) return null;
  return (
    <Group gap="sm">
      {present.map((s) => (
        <Group key={s} gap={5} wrap="nowrap">
          <span
            style={{ width: 8, height: 8, borderRadius: 8, background: `var(--mantine-color-${TARGET_STATUS_COLORS[s]}-6)` }}
          />
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {byStatus[s]} {TARGET_STATUS_LABELS[s].toLowerCase()}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
