import { Menu } from '@mantine/core';
import {
  IconArrowDown,
  IconArrowMoveRight,
  IconArrowUp,
  IconArrowsJoin,
  IconCursorText,
  IconKeyboard,
  IconPlus,
  IconTrash,
} from '@tabler/icons-react';
import type { ReactElement } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import type { CodeAction } from './code-actions';

interface CodeActionsMenuProps {
  code: CodeWithCounts;
  /** Its place among its siblings, for "Move up" and "Move down". */
  index: number;
  siblings: number;
  onAction: (action: CodeAction) => void;
  /** The button that opens the menu. */
  children: ReactElement;
}

const KEYS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export function CodeActionsMenu({ code, index, siblings, onAction, children }: CodeActionsMenuProps) {
  const act = (action: CodeAction) => () => onAction(action);
  return (
    <Menu position="bottom-end" withinPortal shadow="md" width={220}>
      <Menu.Target>{children}</Menu.Target>
      <Menu.Dropdown aria-label={`Actions for ${code.name}`}>
        <Menu.Item leftSection={<IconPlus size={16} />} onClick={act({ kind: 'child' })}>
          Add child code…
        </Menu.Item>
        <Menu.Item leftSection={<IconCursorText size={16} />} onClick={act({ kind: 'rename' })}>
          Rename…
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconArrowMoveRight size={16} />} onClick={act({ kind: 'move' })}>
          Move to…
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowUp size={16} />} disabled={index === 0} onClick={act({ kind: 'up' })}>
          Move up
        </Menu.Item>
        <Menu.Item
          leftSection={<IconArrowDown size={16} />}
          disabled={index >= siblings - 1}
          onClick={act({ kind: 'down' })}
        >
          Move down
        </Menu.Item>
        <Menu.Item leftSection={<IconArrowsJoin size={16} />} onClick={act({ kind: 'merge' })}>
          Merge into…
        </Menu.Item>
        <Menu.Sub>
          <Menu.Sub.Target>
            <Menu.Sub.Item leftSection={<IconKeyboard size={16} />}>
              {code.pinned ? `Pinned to key ${code.pinned}` : 'Pin to a key'}
            </Menu.Sub.Item>
          </Menu.Sub.Target>
          <Menu.Sub.Dropdown>
            {KEYS.map((key) => (
              <Menu.Item key={key} onClick={act({ kind: 'pin', key })} disabled={code.pinned === key}>
                Key {key}
              </Menu.Item>
            ))}
            <Menu.Divider />
            <Menu.Item onClick={act({ kind: 'pin', key: null })} disabled={code.pinned === null}>
              Unpin
            </Menu.Item>
          </Menu.Sub.Dropdown>
        </Menu.Sub>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={act({ kind: 'delete' })}>
          Delete…
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
