import { ActionIcon, Badge, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFileOff, IconFlask2, IconX } from '@tabler/icons-react';
import type { RecentLab } from '../../shared/domain/app';
import { formatDay } from '../format/dates';
import classes from './RecentLabs.module.css';

interface RecentLabsProps {
  recent: RecentLab[];
  opening: string | null;
  onOpen: (path: string) => void;
  onForget: (path: string) => void;
}

export function RecentLabs({ recent, opening, onOpen, onForget }: RecentLabsProps) {
  return (
    <Stack gap={6} component="ul" className={classes.list} aria-label="Recent labs">
      {recent.map((r) => (
        <li key={r.path} className={classes.item} data-missing={!r.exists || undefined}>
          <UnstyledButton
            className={classes.open}
            disabled={!r.exists || opening !== null}
            onClick={() => onOpen(r.path)}
            aria-label={r.exists ? `Open ${r.name}` : `${r.name} (file not found)`}
          >
            <Group gap="sm" wrap="nowrap">
              {r.exists ? <IconFlask2 size={20} stroke={1.5} /> : <IconFileOff size={20} stroke={1.5} />}
              <div style={{ minWidth: 0, flex: 1 }}>
                <Group gap={8} wrap="nowrap">
                  <Text fw={600} size="sm" truncate>
                    {r.name}
                  </Text>
                  {!r.exists && (
                    <Badge size="xs" color="gray" variant="light">
                      File not found
                    </Badge>
                  )}
                  {opening === r.path && (
                    <Badge size="xs" variant="light">
                      Opening…
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate="start" title={r.path}>
                  {r.path}
                </Text>
              </div>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {formatDay(r.openedAt.slice(0, 10))}
              </Text>
            </Group>
          </UnstyledButton>
          <Tooltip label="Forget this lab (the file is not deleted)">
            <ActionIcon variant="subtle" color="gray" aria-label={`Forget ${r.name}`} onClick={() => onForget(r.path)}>
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </li>
      ))}
    </Stack>
  );
}
