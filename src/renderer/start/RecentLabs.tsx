import { ActionIcon, Badge, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconFileOff, IconFlask2, IconX } from '@tabler/icons-react';
import type { RecentLab } from '../../shared/domain/app';
import { formatDay } from '../format/dates';
import classes from './RecentLabs.module.css';

function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut > 0 ? path.slice(0, cut) : path;
}

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
            // Named by what it shows (WCAG 2.5.3, label in name): the lab's name, its path, "File not found".
            title={r.exists ? `Open ${r.name}` : undefined}
          >
            <Group gap="sm" wrap="nowrap">
              {r.exists ? (
                <IconFlask2 size={20} stroke={1.5} style={{ flex: 'none' }} />
              ) : (
                <IconFileOff size={20} stroke={1.5} style={{ flex: 'none' }} />
              )}
              <div style={{ minWidth: 0, flex: 1 }}>
                <Group gap={8} wrap="nowrap">
                  <Text fw={600} size="sm" truncate>
                    {r.name}
                  </Text>
                  {!r.exists && (
                    <Badge size="xs" color="gray" variant="light" style={{ flex: 'none' }}>
                      File not found
                    </Badge>
                  )}
                  {opening === r.path && (
                    <Badge size="xs" variant="light" style={{ flex: 'none' }}>
                      Opening…
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" truncate title={r.path}>
                  Opened {formatDay(r.openedAt.slice(0, 10))} · {folderOf(r.path)}
                </Text>
              </div>
            </Group>
          </UnstyledButton>
          <Tooltip label="Forget this lab (the file is not deleted)">
            <ActionIcon
              variant="subtle"
              color="gray"
              c="dimmed"
              aria-label={`Forget ${r.name}`}
              onClick={() => onForget(r.path)}
            >
              <IconX size={16} />
            </ActionIcon>
          </Tooltip>
        </li>
      ))}
    </Stack>
  );
}
