import { Button, Popover, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch, type Icon } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { notifyError } from './notify';
import classes from './PickList.module.css';

export interface PickItem {
  id: string;
  title: string;
  detail: string;
}

interface PickPopoverProps {
  label: string;
  icon: Icon;
  /** The items to pick from (filtered by the caller on what is typed in the search box, when there is one). */
  items: PickItem[] | undefined;
  onOpen?: () => void;
  search?: { label: string; value: string; onChange: (q: string) => void };
  /** Shown when there is nothing to pick. */
  empty: ReactNode;
  busy: boolean;
  /** Resolves when done; the popover closes then. A failure is shown under `failure` and the popover stays. */
  onPick: (item: PickItem) => Promise<unknown>;
  failure: string;
  /** Inside another popover, the list must stay in its DOM, or a click on it would close the outer one. */
  withinPortal?: boolean;
}

/** A button that opens a short list to pick one item from (a memo to link to, a report to quote in). */
export function PickPopover({ label, icon: I, items, onOpen, search, empty, busy, onPick, failure, withinPortal = true }: PickPopoverProps) {
  const [opened, setOpened] = useState(false);
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-start" width={340} shadow="md" trapFocus returnFocus withinPortal={withinPortal}>
      <Popover.Target>
        <Button
          size="xs"
          variant="default"
          leftSection={<I size={14} />}
          onClick={() => {
            if (!opened) onOpen?.();
            setOpened((o) => !o);
          }}
          aria-haspopup="dialog"
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p="xs">
        <Stack gap={6}>
          {search && (
            <TextInput
              size="xs"
              placeholder={`${search.label}…`}
              aria-label={search.label}
              leftSection={<IconSearch size={14} />}
              value={search.value}
              onChange={(e) => search.onChange(e.currentTarget.value)}
              data-autofocus
            />
          )}
          <ScrollArea.Autosize mah={280} type="auto">
            {items?.length === 0 && (
              <Text size="sm" c="dimmed" p="xs">
                {empty}
              </Text>
            )}
            {items?.map((item) => (
              <UnstyledButton key={item.id} className={classes.pick} disabled={busy} onClick={() => void onPick(item).then(() => setOpened(false), (e: unknown) => notifyError(failure, e))}>
                <Text size="sm" fw={500} lineClamp={1}>
                  {item.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {item.detail}
                </Text>
              </UnstyledButton>
            ))}
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
