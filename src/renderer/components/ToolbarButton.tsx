import { ActionIcon, Tooltip } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { Ref } from 'react';

interface ToolbarButtonProps {
  icon: Icon;
  label: string;
  active: boolean;
  onClick: () => void;
  /** For a popover anchored on the button. */
  ref?: Ref<HTMLButtonElement>;
}

/** An editor toolbar button: pressed when its format is on, and never taking the focus from the text. */
export function ToolbarButton({ icon: I, label, active, onClick, ref }: ToolbarButtonProps) {
  return (
    <Tooltip label={label}>
      <ActionIcon
        ref={ref}
        variant={active ? 'light' : 'subtle'}
        color={active ? 'brand' : 'gray'}
        aria-label={label}
        aria-pressed={active}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      >
        <I size={17} stroke={1.8} />
      </ActionIcon>
    </Tooltip>
  );
}
