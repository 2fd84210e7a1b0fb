import type { CodeWithCounts } from '../../shared/domain/coding';
import { useMutationOp } from '../client/use-op';
import { commandRegistry } from '../commands/registry';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { notifyDone, notifyError } from '../components/notify';
import { plural } from '../format/plural';
import { descendantIds } from './code-tree';

interface DeleteCodeDialogProps {
  code: CodeWithCounts | null;
  codes: CodeWithCounts[];
  onClose: () => void;
  onDeleted: () => void;
}

/** Says exactly what goes with a code before it goes: its child codes and how many excerpts lose it. */
function question(code: CodeWithCounts, children: number, undo: string): string {
  const what = children ? `“${code.name}” and its ${plural(children, 'child code', 'child codes')}` : `“${code.name}”`;
  const them = children ? 'them' : 'it';
  const fate =
    code.totalExcerptCount > 0
      ? `${what} will be deleted, and removed from the ${plural(code.totalExcerptCount, 'excerpt', 'excerpts')} coded with ${them}; excerpts left with no code and no memo go too.`
      : `${what} will be deleted. No excerpt is coded with ${them}.`;
  return `${fate} You can undo this with ${undo}.`;
}

export function DeleteCodeDialog({ code, codes, onClose, onDeleted }: DeleteCodeDialogProps) {
  const remove = useMutationOp('codes.delete');
  const children = code ? descendantIds(codes, code.id).length : 0;
  const undo = commandRegistry.undo.shortcut;
  const confirm = () => {
    if (!code) return;
    remove.mutate(
      { id: code.id },
      {
        onSuccess: (r) => {
          const also = r.codes > 1 ? ` and ${plural(r.codes - 1, 'child code', 'child codes')}` : '';
          notifyDone(
            `${plural(r.codings, 'coding', 'codings')} removed. ${undo} undoes it.`,
            `Deleted “${code.name}”${also}`,
          );
          onDeleted();
        },
        onError: (e) => notifyError('The code was not deleted', e),
      },
    );
  };
  return (
    <ConfirmDialog
      opened={code !== null}
      title={code ? `Delete “${code.name}”${children ? ' and its child codes' : ''}?` : ''}
      confirmLabel={children ? `Delete ${children + 1} codes` : 'Delete code'}
      busy={remove.isPending}
      onConfirm={confirm}
      onClose={onClose}
    >
      {code ? question(code, children, undo) : ''}
    </ConfirmDialog>
  );
}
