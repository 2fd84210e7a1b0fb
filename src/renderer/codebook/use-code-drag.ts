import { useState, type DragEvent } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { dropPositionAt, moveTarget, type CodeRow, type DropPosition } from './code-tree';

const MIME = 'application/x-workbench-code';

export interface MoveRequest {
  id: string;
  parentId: string | null;
  position?: number;
}

export interface DropState {
  targetId: string | null;
  position: DropPosition;
}

/**
 * HTML5 drag and drop for the code tree: onto the middle of a code makes a child, onto its top or bottom edge
 * puts it before or after, onto the strip below the tree makes it top-level.
 */
export function useCodeDrag(codes: CodeWithCounts[], onMove: (m: MoveRequest) => void) {
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const [drop, setDrop] = useState<DropState | null>(null);

  const end = () => {
    setDraggedId(null);
    setDrop(null);
  };

  const accept = (e: DragEvent, target: CodeWithCounts | null, position: DropPosition) => {
    if (!draggedId || !e.dataTransfer.types.includes(MIME)) return false;
    if (!moveTarget(codes, draggedId, target, position)) return false;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    const next = { targetId: target?.id ?? null, position };
    if (drop?.targetId !== next.targetId || drop.position !== next.position) setDrop(next);
    return true;
  };

  const finish = (e: DragEvent, target: CodeWithCounts | null, position: DropPosition) => {
    e.preventDefault();
    const id = draggedId;
    end();
    const to = id ? moveTarget(codes, id, target, position) : null;
    if (id && to) onMove({ id, ...to });
  };

  const rowProps = (row: CodeRow) => {
    const where = (e: DragEvent<HTMLElement>) => {
      const rect = e.currentTarget.getBoundingClientRect();
      return dropPositionAt(e.clientY - rect.top, rect.height, row.expanded);
    };
    return {
      draggable: true,
      onDragStart: (e: DragEvent<HTMLElement>) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(MIME, row.code.id);
        e.dataTransfer.setData('text/plain', row.code.name);
        setDraggedId(row.code.id);
      },
      // A row answers for itself, so the tree around it does not read a drop on a row as a drop at the top level.
      onDragOver: (e: DragEvent<HTMLElement>) => {
        e.stopPropagation();
        if (!accept(e, row.code, where(e)) && drop?.targetId === row.code.id) setDrop(null);
      },
      onDrop: (e: DragEvent<HTMLElement>) => {
        e.stopPropagation();
        finish(e, row.code, where(e));
      },
      onDragEnd: end,
    };
  };

  const rootProps = {
    onDragOver: (e: DragEvent<HTMLElement>) => {
      accept(e, null, 'inside');
    },
    onDrop: (e: DragEvent<HTMLElement>) => finish(e, null, 'inside'),
  };

  const dropOn = (id: string): DropPosition | undefined => (drop?.targetId === id ? drop.position : undefined);
  const overRoot = drop !== null && drop.targetId === null;

  return { draggedId, dropOn, overRoot, rowProps, rootProps };
}
