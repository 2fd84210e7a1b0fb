import type { Measure, Target } from '../../../shared/domain/action-plan';
import { useMutationOp } from '../../client/use-op';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { notifyError } from '../../components/notify';

export type PlanItem = { kind: 'target'; item: Target } | { kind: 'measure'; item: Measure };

function points(n: number): string {
  return `${n} data ${n === 1 ? 'point' : 'points'}`;
}

/** Asks before deleting a target (with its measures and data) or a measure (with its data); both can be undone. */
export function DeletePlanItem({ item, onClose }: { item: PlanItem | null; onClose: () => void }) {
  const deleteTarget = useMutationOp('targets.delete');
  const deleteMeasure = useMutationOp('measures.delete');
  const confirm = () => {
    if (!item) return;
    const options = { onSuccess: onClose, onError: (e: unknown) => notifyError(`The ${item.kind} was not deleted`, e) };
    if (item.kind === 'target') deleteTarget.mutate({ id: item.item.id }, options);
    else deleteMeasure.mutate({ id: item.item.id }, options);
  };
  let body = '';
  if (item?.kind === 'target') {
    const t = item.item;
    const n = t.measures.reduce((s, m) => s + m.pointCount, 0);
    body = `“${t.text}” will be deleted${
      t.measures.length ? ` with its ${t.measures.length === 1 ? 'measure' : `${t.measures.length} measures`} and ${points(n)}` : ''
    }. You can undo this.`;
  } else if (item) {
    body = `The measure “${item.item.name}” will be deleted with its ${points(item.item.pointCount)}. You can undo this.`;
  }
  return (
    <ConfirmDialog
      opened={item !== null}
      title={item?.kind === 'measure' ? 'Delete measure?' : 'Delete target?'}
      confirmLabel="Delete"
      busy={deleteTarget.isPending || deleteMeasure.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {body}
    </ConfirmDialog>
  );
}
