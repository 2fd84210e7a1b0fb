import { Badge, Button, Popover, ScrollArea, Stack } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ReactNode } from 'react';

interface FilterPopoverProps {
  label: string;
  /** How many values of this kind are chosen; the button says so. */
  count: number;
  width?: number;
  disabled?: boolean;
  children: ReactNode;
}

/** A filter menu: a button naming what it filters by, opening a panel of choices that stays open while ticking. */
export function FilterPopover({ label, count, width = 300, disabled, children }: FilterPopoverProps) {
  return (
    <Popover position="bottom-start" width={width} shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <Button
          size="xs"
          variant={count > 0 ? 'light' : 'default'}
          disabled={disabled}
          rightSection={
            count > 0 ? (
              <Badge size="xs" circle variant="filled" aria-label={`${count} chosen`}>
                {count}
              </Badge>
            ) : (
              <IconChevronDown size={14} />
            )
          }
        >
          {label}
        </Button>
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <ScrollArea.Autosize mah={380} type="auto">
          <Stack gap={4} p="xs">
            {children}
          </Stack>
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}
