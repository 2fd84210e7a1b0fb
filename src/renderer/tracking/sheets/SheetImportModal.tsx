import { Modal } from '@mantine/core';
import type { ReactNode } from 'react';

interface SheetImportModalProps {
  opened: boolean;
  title: string;
  onClose: () => void;
  /** The wizard; it is mounted on opening, so each import starts from a fresh state. */
  children: ReactNode;
}

/** The wide dialog a sheet import runs in, wide enough for a preview of several columns. */
export function SheetImportModal({ opened, title, onClose, children }: SheetImportModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="80rem">
      {opened && children}
    </Modal>
  );
}
