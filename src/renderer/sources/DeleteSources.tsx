import type { SourceSummary } from '../../shared/domain/source';
import { useMutationOp } from '../client/use-op';
import { commandRegistry } from '../commands/registry';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notifyDone, notifyError } from '../components/notify';
import { plural } from '../format/plural';

interface DeleteSourcesProps {
  /** The sources to delete; empty closes the dialog. */
  targets: SourceSummary[];
  onDeleted: () => void;
  onClose: () => void;
}

export function DeleteSources({ targets, onDeleted, onClose }: DeleteSourcesProps) {
  const remove = useMutationOp('sources.delete');
  const one = targets.length === 1 ? targets[0] : undefined;
  const excerpts = targets.reduce((n, s) => n + s.excerptCount, 0);
  const undo = commandRegistry.undo.shortcut;
  const confirm = () =>
    remove.mutate(
      { ids: targets.map((s) => s.id) },
      {
        onSuccess: ({ deleted, excerpts: gone }) => {
          const what = deleted === 1 ? 'Source deleted' : `${plural(deleted, 'source', 'sources')} deleted`;
          notifyDone(`${gone ? `With ${plural(gone, 'excerpt', 'excerpts')}. ` : ''}${undo} undoes it.`, what);
          onDeleted();
        },
        onError: (e) => notifyError('Nothing was deleted', e),
      },
    );
  const what = one ? `“${one.title}”` : `The ${plural(targets.length, 'selected source', 'selected sources')}`;
  return (
    <ConfirmDialog
      opened={targets.length > 0}
      title={one ? 'Delete source?' : `Delete ${plural(targets.length, 'source', 'sources')}?`}
      confirmLabel="Delete"
      busy={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {what} will be removed from the lab
      {excerpts > 0 ? `, with ${plural(excerpts, 'coded excerpt', 'coded excerpts')}` : ''}. You can undo this with{' '}
      {undo}.
    </ConfirmDialog>
  );
}
