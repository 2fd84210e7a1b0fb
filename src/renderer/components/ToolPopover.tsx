import { Button, Group, Popover, Stack } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ToolbarButton } from './ToolbarButton';

interface ToolPopoverProps {
  icon: Icon;
  label: string;
  active: boolean;
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
  /** Called as the popover opens: fill the fields from the selection. */
  onOpen?: () => void;
  submitLabel: string;
  submitDisabled?: boolean;
  onSubmit: () => void;
  width?: number;
  /** The fields; the first one with `data-autofocus` takes the focus. */
  children: ReactNode;
}

/**
 * A toolbar button that opens a small form (a link's address, a footnote's text) without taking the editor's
 * selection away: the button keeps the focus off itself on mouse down.
 */
export function ToolPopover({ icon: I, label, active, opened, onOpenedChange, onOpen, submitLabel, submitDisabled, onSubmit, width = 320, children }: ToolPopoverProps) {
  return (
    <Popover opened={opened} onChange={onOpenedChange} position="bottom-start" width={width} shadow="md" trapFocus>
      <Popover.Target>
        <ToolbarButton
          icon={I}
          label={label}
          active={active}
          onClick={() => {
            if (!opened) onOpen?.();
            onOpenedChange(!opened);
          }}
        />
      </Popover.Target>
      <Popover.Dropdown>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit();
          }}
        >
          <Stack gap="xs">
            {children}
            <Group justify="flex-end" gap="xs">
              <Button size="xs" variant="default" onClick={() => onOpenedChange(false)}>
                Cancel
              </Button>
              <Button size="xs" type="submit" disabled={submitDisabled}>
                {submitLabel}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
