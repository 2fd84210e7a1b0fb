import type { Editor } from '@tiptap/react';
import { useCallback, useState, type ReactNode } from 'react';
import { run } from '../client/use-op';
import { notifyError } from '../components/notify';
import { ExcerptListModal } from './dialogs/ExcerptListModal';
import { LiveTableModal } from './dialogs/LiveTableModal';
import { QuotePickerModal } from './dialogs/QuotePickerModal';
import { insertBlocks } from './insert-blocks';
import type { BlockAttrs, EditBlock } from './report-context';

interface Open {
  type: Parameters<EditBlock>[0];
  attrs: BlockAttrs | null;
  apply: (attrs: BlockAttrs) => void;
}

/** The dialogs that insert live blocks and change their settings, owned by the editor rather than each block. */
export function useBlockDialogs(editor: Editor, phaseId: string | null): { editBlock: EditBlock; pickQuotes: () => void; dialogs: ReactNode } {
  const [open, setOpen] = useState<Open | null>(null);
  const [picking, setPicking] = useState(false);
  const editBlock = useCallback<EditBlock>((type, attrs, apply) => setOpen({ type, attrs, apply }), []);
  const pickQuotes = useCallback(() => setPicking(true), []);
  const close = () => setOpen(null);
  const apply = (attrs: BlockAttrs) => {
    open?.apply(attrs);
    setOpen(null);
  };
  const insertQuotes = async (excerptIds: string[]) => {
    setPicking(false);
    try {
      const nodes = await Promise.all(excerptIds.map((excerptId) => run('reports.quoteNode', { excerptId })));
      insertBlocks(editor, nodes);
    } catch (e) {
      notifyError('Could not insert the quotes', e);
    }
  };

  const dialogs = (
    <>
      <QuotePickerModal opened={picking} onClose={() => setPicking(false)} onInsert={(ids) => void insertQuotes(ids)} />
      {open?.type === 'excerptList' && <ExcerptListModal initial={open.attrs} reportPhaseId={phaseId} onClose={close} onApply={apply} />}
      {(open?.type === 'liveTable' || open?.type === 'liveChart') && (
        <LiveTableModal type={open.type} initial={open.attrs} reportPhaseId={phaseId} onClose={close} onApply={apply} />
      )}
    </>
  );
  return { editBlock, pickQuotes, dialogs };
}
