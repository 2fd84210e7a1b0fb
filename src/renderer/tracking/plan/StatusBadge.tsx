import { Badge, ColorSwatch, Menu, UnstyledButton } from '@mantine/core';
import { IconCheck, IconChevronDown } from '@tabler/icons-react';
import { TARGET_STATUSES, type TargetStatus } from '../../../shared/domain/action-plan';
import { TARGET_STATUS_COLORS, TARGET_STATUS_LABELS } from '../tracking-labels';

export function StatusBadge({ status, size = 'sm' }: { status: TargetStatus; size?: 'xs' | 'sm' | 'md' }) {
  return (
    <Badge variant="light" color={TARGET_STATUS_COLORS[status]} size={size} style={{ flex: 'none' }}>
      {TARGET_STATUS_LABELS[status]}
    </Badge>
  );
}

/** The status as a badge that opens a menu to change it in one click, as during a reflection convening. */
export function StatusMenu({ status, label, onChange }: { status: TargetStatus; label: string; onChange: (s: TargetStatus) => void }) {
  return (
    <Menu position="bottom-start" shadow="md" width={170}>
      <Menu.Target>
        <UnstyledButton aria-label={`Status of ${label}: ${TARGET_STATUS_LABELS[status]}`} style={{ flex: 'none', lineHeight: 0 }}>
          <Badge
            variant="light"
            color={TARGET_STATUS_COLORS[status]}
            rightSection={<IconChevronDown size={11} />}
            style={{ cursor: 'pointer' }}
          >
            {TARGET_STATUS_LABELS[status]}
          </Badge>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Status</Menu.Label>
        {TARGET_STATUSES.map((s) => (
          <Menu.Item
            key={s}
            onClick={() => s !== status && onChange(s)}
            leftSection={<ColorSwatch size={10} color={`var(--mantine-color-${TARGET_STATUS_COLORS[s]}-6)`} withShadow={false} />}
            rightSection={s === status ? <IconCheck size={14} /> : null}
          >
            {TARGET_STATUS_LABELS[s]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
