import { useMemo, useRef, type KeyboardEvent } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import type { CodeAction } from './code-actions';
import { childrenByParent, visibleRows, type CodeRow } from './code-tree';
import classes from './CodeTree.module.css';
import { CodeTreeRow } from './CodeTreeRow';
import { useCodeDrag, type MoveRequest } from './use-code-drag';

interface CodeTreeProps {
  codes: CodeWithCounts[];
  expanded: ReadonlySet<string>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onToggle: (id: string, open: boolean) => void;
  onAction: (code: CodeWithCounts, action: CodeAction) => void;
  onMove: (m: MoveRequest) => void;
}

/**
 * The codebook as a tree the keyboard can walk (arrows, Home/End, F2 to rename, Delete) and the mouse can
 * rearrange by dragging.
 */
export function CodeTree({ codes, expanded, selectedId, onSelect, onToggle, onAction, onMove }: CodeTreeProps) {
  const rows = useMemo(() => visibleRows(codes, expanded), [codes, expanded]);
  // Each code's place among its siblings, for the menu's "Move up" and "Move down".
  const places = useMemo(() => {
    const map = new Map<string, { index: number; siblings: number }>();
    for (const siblings of childrenByParent(codes).values()) {
      siblings.forEach((c, index) => map.set(c.id, { index, siblings: siblings.length }));
    }
    return map;
  }, [codes]);
  const ref = useRef<HTMLDivElement>(null);
  const drag = useCodeDrag(codes, onMove);
  const focusableId = rows.some((r) => r.code.id === selectedId) ? selectedId : (rows[0]?.code.id ?? null);

  const go = (id: string | undefined) => {
    if (!id) return;
    onSelect(id);
    ref.current?.querySelector<HTMLElement>(`[data-code-id="${id}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>, row: CodeRow, i: number) => {
    // Keys typed in the row's menu (a portal, but still a React child) are the menu's.
    if (e.target !== e.currentTarget) return;
    const { code } = row;
    const keys: Record<string, () => void> = {
      ArrowDown: () => go(rows[i + 1]?.code.id),
      ArrowUp: () => go(rows[i - 1]?.code.id),
      Home: () => go(rows[0]?.code.id),
      End: () => go(rows.at(-1)?.code.id),
      ArrowRight: () => (row.expanded ? go(rows[i + 1]?.code.id) : row.hasChildren && onToggle(code.id, true)),
      ArrowLeft: () => (row.expanded ? onToggle(code.id, false) : go(code.parentId ?? undefined)),
      Enter: () => onSelect(code.id),
      ' ': () => onSelect(code.id),
      F2: () => onAction(code, { kind: 'rename' }),
      Delete: () => onAction(code, { kind: 'delete' }),
    };
    const handler = keys[e.key];
    if (!handler || e.ctrlKey || e.metaKey || e.altKey) return;
    e.preventDefault();
    handler();
  };

  return (
    <div ref={ref} className={classes.tree} {...drag.rootProps}>
      <div role="tree" aria-label="Codes">
        {rows.map((row, i) => {
          const place = places.get(row.code.id) ?? { index: 0, siblings: 1 };
          return (
            <CodeTreeRow
              key={row.code.id}
              row={row}
              index={place.index}
              siblings={place.siblings}
              selected={row.code.id === selectedId}
              focusable={row.code.id === focusableId}
              dragging={drag.draggedId === row.code.id}
              drop={drag.dropOn(row.code.id)}
              dragProps={drag.rowProps(row)}
              onSelect={() => onSelect(row.code.id)}
              onToggle={() => onToggle(row.code.id, !row.expanded)}
              onKeyDown={(e) => onKeyDown(e, row, i)}
              onAction={(action) => onAction(row.code, action)}
            />
          );
        })}
      </div>
      {drag.draggedId && (
        <div className={classes.rootDrop} data-over={drag.overRoot || undefined}>
          Drop here to make it a top-level code
        </div>
      )}
    </div>
  );
}
