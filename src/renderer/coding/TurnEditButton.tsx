import { ActionIcon } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { KeyboardEvent } from 'react';
import type { SourceBlock } from '../../shared/domain/source';
import classes from './TurnEditor.module.css';

/** F2, as in spreadsheets and file managers, or a bare E: opens the current turn for correcting. */
export function isTurnEditKey(e: KeyboardEvent): boolean {
  return e.key === 'F2' || (e.key.toLowerCase() === 'e' && !e.ctrlKey && !e.metaKey && !e.altKey);
}

/** The pencil beside a block, shown on hover, that opens it for correcting in place. */
export function TurnEditButton({ block, index, onEdit }: { block: SourceBlock; index: number; onEdit: (index: number) => void }) {
  return (
    <ActionIcon
      className={classes.editButton}
      data-overlay
      variant="subtle"
      color="gray"
      size="sm"
      aria-label={`Correct ${block.kind === 'turn' ? 'turn' : 'paragraph'} ${index + 1}`}
      title="Correct this text (F2)"
      // One per turn would put hundreds of stops in the Tab order; from the keyboard, F2 or E does it.
      tabIndex={-1}
      onClick={() => onEdit(index)}
    >
      <IconPencil size={14} />
    </ActionIcon>
  );
}
