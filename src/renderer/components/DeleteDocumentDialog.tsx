import type { ReactNode } from 'react';
import { useMutationOp } from '../client/use-op';
import { ConfirmDialog } from './ConfirmDialog';
import { notifyDone, notifyError } from './notify';

interface DeleteDocumentDialogProps {
  /** The document to delete; null while the dialog is closed. */
  target: { id: string; title: string } | null;
  op: 'memos.delete' | 'reports.delete';
  /** “memo”, “report”. */
  what: string;
  /** What else goes, and what stays. */
  children: ReactNode;
  onClose: () => void;
  onDeleted: () => void;
}

/** Asks before deleting a memo or a report, says it is done and that undo brings it back. */
export function DeleteDocumentDialog({ target, op, what, children, onClose, onDeleted }: DeleteDocumentDialogProps) {
  const remove = useMutationOp(op);
  const confirm = () => {
    if (!target) return;
    remove.mutate(
      { id: target.id },
      {
        onSuccess: () => {
          notifyDone(`Deleted “${target.title}”. Undo (Ctrl+Z) brings it back.`);
          onClose();
          onDeleted();
        },
        onError: (e) => notifyError(`Could not delete the ${what}`, e),
      },
    );
  };
  return (
    <ConfirmDialog opened={target !== null} title={`Delete ${what}?`} confirmLabel={`Delete ${what}`} busy={remove.isPending} onConfirm={confirm} onClose={onClose}>
      {children}
    </ConfirmDialog>
  );
}
