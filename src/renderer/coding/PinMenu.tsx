import { ActionIcon, Button, Popover, SimpleGrid, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconPin } from '@tabler/icons-react';
import { useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { run } from '../client/use-op';
import { notifyError } from '../components/notify';
import classes from './CodebookPanel.module.css';

const KEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

/** Pins a code to a number key (taking it from the code that had it) or unpins it. */
export function PinMenu({ code, codes }: { code: CodeWithCounts; codes: readonly CodeWithCounts[] }) {
  const [opened, setOpened] = useState(false);
  const holders = new Map(codes.filter((c) => c.pinned !== null).map((c) => [c.pinned!, c]));

  const pin = (pinned: number | null) => {
    setOpened(false);
    run('codes.update', { id: code.id, patch: { pinned } }).catch((e: unknown) => notifyError('The key was not changed', e));
  };

  return (
    <Popover opened={opened} onChange={setOpened} position="left-start" shadow="md" width={212} withArrow>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          className={classes.pinButton}
          data-pinned={code.pinned !== null || undefined}
          aria-label={`Pin ${code.name} to a number key`}
          onClick={() => setOpened((o) => !o)}
        >
          <IconPin size={14} />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-label={`Number key for ${code.name}`} p="xs">
        <Stack gap={8}>
          <Text size="xs" c="dimmed">
            Press the key to apply “{code.name}” to the selected text.
          </Text>
          <SimpleGrid cols={3} spacing={4}>
            {KEYS.map((k) => {
              const holder = holders.get(k);
              return (
                <Tooltip key={k} label={holder ? `Now: ${holder.name}` : 'Free'} openDelay={150}>
                  <UnstyledButton
                    className={classes.keyChoice}
                    data-current={holder?.id === code.id || undefined}
                    aria-label={`Key ${k}`}
                    onClick={() => pin(k)}
                  >
                    {k}
                    {holder && <span className={classes.keyHolder} style={{ background: holder.colour }} />}
                  </UnstyledButton>
                </Tooltip>
              );
            })}
          </SimpleGrid>
          {code.pinned !== null && (
            <Button size="compact-xs" variant="subtle" color="gray" onClick={() => pin(null)}>
              Unpin from key {code.pinned}
            </Button>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
