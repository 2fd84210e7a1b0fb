import { ActionIcon, Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconMapPin, IconPencil, IconTrash } from '@tabler/icons-react';
import type { Convening } from '../../shared/domain/timeline';
import { formatDay } from '../format/dates';
import { CONVENING_KIND_COLORS, CONVENING_KIND_LABELS } from './timeline-kinds';
import classes from './ConveningRow.module.css';

interface ConveningRowProps {
  convening: Convening;
  onEdit: (convening: Convening) => void;
  onDelete: (convening: Convening) => void;
}

export function ConveningRow({ convening: c, onEdit, onDelete }: ConveningRowProps) {
  return (
    <li className={classes.row} aria-label={`Convening ${c.name}`}>
      <span
        className={classes.diamond}
        style={{ background: `var(--mantine-color-${CONVENING_KIND_COLORS[c.kind]}-6)` }}
      />
      <Text size="sm" c="dimmed" className={classes.date}>
        {formatDay(c.date)}
      </Text>
      <Text size="sm" fw={500} truncate className={classes.name}>
        {c.name}
      </Text>
      <Badge size="xs" variant="outline" color={CONVENING_KIND_COLORS[c.kind]}>
        {CONVENING_KIND_LABELS[c.kind]}
      </Badge>
      {c.location && (
        <Group gap={2} c="dimmed" wrap="nowrap" miw={0}>
          <IconMapPin size={13} />
          <Text size="xs" truncate>
            {c.location}
          </Text>
        </Group>
      )}
      <Group gap={2} wrap="nowrap" className={classes.actions}>
        <Tooltip label="Edit convening">
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            aria-label={`Edit convening ${c.name}`}
            onClick={() => onEdit(c)}
          >
            <IconPencil size={15} />
          </ActionIcon>
        </Tooltip>
        <Tooltip label="Delete convening">
          <ActionIcon
            size="sm"
            variant="subtle"
            color="red"
            aria-label={`Delete convening ${c.name}`}
            onClick={() => onDelete(c)}
          >
            <IconTrash size={15} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </li>
  );
}
