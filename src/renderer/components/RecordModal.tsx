import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';

interface RecordModalProps {
  opened: boolean;
  /** What the dialog adds or edits, lower case: "convening" gives "Add convening" or "Edit convening". */
  noun: string;
  isNew: boolean;
  size?: ModalProps['size'];
  onClose: () => void;
  /** The form, given only while the dialog is open, so its draft starts from the record each time. */
  children: ReactNode;
}

/** The dialog that adds or edits one record. */
export function RecordModal({ opened, noun, isNew, size, onClose, children }: RecordModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`${isNew ? 'Add' : 'Edit'} ${noun}`} size={size}>
      {children}
    </Modal>
  );
}
