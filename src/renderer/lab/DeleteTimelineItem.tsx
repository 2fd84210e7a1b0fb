import type { Convening, Phase } from '../../shared/domain/timeline';
import { useMutationOp } from '../client/use-op';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notifyError } from '../components/notify';

export type TimelineItem = { kind: 'phase'; item: Phase } | { kind: 'convening'; item: Convening };

/** Asks before deleting a phase or a convening; both can be undone, and the dialog says so. */
export function DeleteTimelineItem({ item, onClose }: { item: TimelineItem | null; onClose: () => void }) {
  const deletePhase = useMutationOp('phases.delete');
  const deleteConvening = useMutationOp('convenings.delete');
  const confirm = () => {
    if (!item) return;
    const options = { onSuccess: onClose, onError: (e: unknown) => notifyError(`The ${item.kind} was not deleted`, e) };
    if (item.kind === 'phase') deletePhase.mutate({ id: item.item.id }, options);
    else deleteConvening.mutate({ id: item.item.id }, options);
  };
  return (
    <ConfirmDialog
      opened={item !== null}
      title={item?.kind === 'phase' ? 'Delete phase?' : 'Delete convening?'}
      confirmLabel="Delete"
      busy={deletePhase.isPending || deleteConvening.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {item?.kind === 'phase'
        ? `“${item.item.name}” will be removed from the timeline. Its convenings stay, without a phase. You can undo this.`
        : `“${item?.item.name ?? ''}” will be removed from the timeline. You can undo this.`}
    </ConfirmDialog>
  );
}
