import type { Participant } from '../../shared/domain/participant';
import { useMutationOp } from '../client/use-op';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notifyDone, notifyError } from '../components/notify';

interface DeleteParticipantsProps {
  /** The participants to delete; empty closes the dialog. */
  targets: Participant[];
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteParticipants({ targets, onDeleted, onClose }: DeleteParticipantsProps) {
  const remove = useMutationOp('participants.delete');
  const one = targets.length === 1 ? targets[0] : undefined;
  const confirm = () =>
    remove.mutate(
      { ids: targets.map((p) => p.id) },
      {
        onSuccess: ({ deleted }) => {
          notifyDone(deleted === 1 ? 'Participant deleted' : `${deleted.toLocaleString()} participants deleted`);
          onDeleted();
        },
        onError: (e) => notifyError('Nothing was deleted', e),
      },
    );
  return (
    <ConfirmDialog
      opened={targets.length > 0}
      title={one ? 'Delete participant?' : `Delete ${targets.length.toLocaleString()} participants?`}
      confirmLabel="Delete"
      busy={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {one
        ? `${one.displayName} (${one.pseudonym}) will be removed from the lab. You can undo this.`
        : `The ${targets.length.toLocaleString()} selected participants will be removed from the lab. You can undo this.`}
    </ConfirmDialog>
  );
}
