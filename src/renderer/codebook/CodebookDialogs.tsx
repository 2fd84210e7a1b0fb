import type { Codebook, CodeWithCounts } from '../../shared/domain/coding';
import type { CodeDialog } from './code-actions';
import { CodeNameModal } from './CodeNameModal';
import { DeleteCodeDialog } from './DeleteCodeDialog';
import { ImportCodebookModal } from './ImportCodebookModal';
import { MergeCodeModal } from './MergeCodeModal';
import { MoveCodeModal } from './MoveCodeModal';

interface CodebookDialogsProps {
  dialog: CodeDialog;
  codes: CodeWithCounts[];
  pendingImport: { fileName: string; codebook: Codebook } | null;
  onClose: () => void;
  onCloseImport: () => void;
  /** Shows a code that was just made, renamed or merged into. */
  onSelect: (code: { id: string; parentId: string | null }) => void;
  onDeleted: () => void;
}

/** The codebook's dialogs, one open at a time. */
export function CodebookDialogs({
  dialog,
  codes,
  pendingImport,
  onClose,
  onCloseImport,
  onSelect,
  onDeleted,
}: CodebookDialogsProps) {
  const codeOf = (kind: 'rename' | 'move' | 'merge' | 'delete') =>
    dialog && dialog.kind === kind ? dialog.code : null;
  const rename = codeOf('rename');
  return (
    <>
      <CodeNameModal
        target={dialog?.kind === 'create' ? { parentId: dialog.parentId } : rename ? { code: rename } : null}
        codes={codes}
        onClose={onClose}
        onSaved={onSelect}
      />
      <MoveCodeModal code={codeOf('move')} codes={codes} onClose={onClose} />
      <MergeCodeModal
        code={codeOf('merge')}
        codes={codes}
        onClose={onClose}
        onMerged={(id) => onSelect({ id, parentId: codes.find((c) => c.id === id)?.parentId ?? null })}
      />
      <DeleteCodeDialog
        code={codeOf('delete')}
        codes={codes}
        onClose={onClose}
        onDeleted={() => {
          onClose();
          onDeleted();
        }}
      />
      <ImportCodebookModal pending={pendingImport} onClose={onCloseImport} />
    </>
  );
}
