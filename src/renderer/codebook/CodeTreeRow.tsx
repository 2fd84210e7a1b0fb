import { ActionIcon, Kbd, Text, Tooltip } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconDots } from '@tabler/icons-react';
import type { CSSProperties, DragEvent, KeyboardEvent } from 'react';
import { DrawnText } from '../components/DrawnText';
import type { CodeAction } from './code-actions';
import type { CodeRow, DropPosition } from './code-tree';
import { CodeActionsMenu } from './CodeActionsMenu';
import classes from './CodeTree.module.css';

interface CodeTreeRowProps {
  row: CodeRow;
  index: number;
  siblings: number;
  selected: boolean;
  focusable: boolean;
  dragging: boolean;
  drop: DropPosition | undefined;
  dragProps: {
    draggable: boolean;
    onDragStart: (e: DragEvent<HTMLElement>) => void;
    onDragOver: (e: DragEvent<HTMLElement>) => void;
    onDrop: (e: DragEvent<HTMLElement>) => void;
    onDragEnd: () => void;
  };
  onSelect: () => void;
  onToggle: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  onAction: (action: CodeAction) => void;
}

// The row is named by its code alone; the figures are in its description (aria-description below).
function Count({ n, label }: { n: number; label: string }) {
  return (
    <span className={classes.count} data-zero={n === 0 || undefined} title={label}>
      <DrawnText text={n.toLocaleString()} />
    </span>
  );
}

export function CodeTreeRow(props: CodeTreeRowProps) {
  const {
    row,
    index,
    siblings,
    selected,
    focusable,
    dragging,
    drop,
    dragProps,
    onSelect,
    onToggle,
    onKeyDown,
    onAction,
  } = props;
  const { code, depth, hasChildren, expanded } = row;
  const Chevron = expanded ? IconChevronDown : IconChevronRight;
  return (
    <div
      role="treeitem"
      aria-level={depth + 1}
      aria-selected={selected}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-label={code.name}
      aria-description={`${code.pinned ? `key ${code.pinned}; ` : ''}${code.excerptCount} excerpts, ${code.totalExcerptCount} with its children, in ${code.totalSourceCount} sources`}
      data-code-id={code.id}
      tabIndex={focusable ? 0 : -1}
      className={classes.row}
      style={{ '--indent': `${depth * 20}px` } as CSSProperties}
      data-dragging={dragging || undefined}
      data-drop={drop}
      onClick={onSelect}
      onKeyDown={onKeyDown}
      {...dragProps}
    >
      <div className={classes.name}>
        {hasChildren ? (
          <ActionIcon
            size="sm"
            variant="subtle"
            color="gray"
            tabIndex={-1}
            aria-label={expanded ? `Collapse ${code.name}` : `Expand ${code.name}`}
            onClick={(e) => {
              e.stopPropagation();
              onToggle();
            }}
          >
            <Chevron size={14} />
          </ActionIcon>
        ) : (
          <span style={{ width: 22, flex: 'none' }} />
        )}
        <span className={classes.swatch} style={{ background: code.colour }} />
        <Text span size="sm" fw={hasChildren ? 600 : 400} truncate title={code.name}>
          {code.name}
        </Text>
        {code.pinned && (
          <Tooltip label={`Key ${code.pinned} applies this code in the coding view`}>
            <Kbd size="xs" style={{ flex: 'none' }}>
              <DrawnText text={String(code.pinned)} />
            </Kbd>
          </Tooltip>
        )}
      </div>
      <Count n={code.excerptCount} label="Excerpts coded with this code itself" />
      <Count n={code.totalExcerptCount} label="Excerpts coded with this code or any of its children" />
      <Count n={code.totalSourceCount} label="Sources with excerpts of this code or its children" />
      <CodeActionsMenu code={code} index={index} siblings={siblings} onAction={onAction}>
        <ActionIcon
          className={classes.menu}
          variant="subtle"
          color="gray"
          size="sm"
          tabIndex={-1}
          aria-label={`Actions for ${code.name}`}
          onClick={(e) => e.stopPropagation()}
        >
          <IconDots size={16} />
        </ActionIcon>
      </CodeActionsMenu>
    </div>
  );
}
