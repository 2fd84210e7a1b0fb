import { useCallback, useMemo, useState } from 'react';
import type { CodeWithCounts } from '../../shared/domain/coding';
import { announce } from '../components/Announcer';
import { notifyDone } from '../components/notify';
import type { CodingCommandContext } from './coding-commands';
import { useCodingActions, type CodingActions } from './use-coding-actions';
import { useCodingShortcuts } from './use-coding-shortcuts';

/** The passage the documenter has selected, in source offsets, and where its end is drawn. */
export interface TextSelection {
  readonly sourceId: string;
  readonly start: number;
  readonly end: number;
  /** Toolbar position, in the document's content coordinates. */
  readonly x: number;
  readonly y: number;
  /**
   * True while the browser still shows the selection. Once a code is applied (or a box takes the focus) the
   * page's own selection is cleared and the view draws the kept range itself.
   */
  readonly live: boolean;
  /** Made with the keyboard: the view draws it (there is no browser selection) and shows the toolbar under it. */
  readonly fromKeys?: boolean;
}

export interface CodingSession {
  readonly selection: TextSelection | null;
  readonly quickOpen: boolean;
  readonly keysOpen: boolean;
  /** The excerpt whose range the next selection will set, if the documenter chose “Select new range”. */
  readonly adjusting: string | null;
  readonly actions: CodingActions;
  select(s: TextSelection | null): void;
  /** Keeps the selection drawn while the focus goes elsewhere (a filter box, say), which would hide the page's own. */
  hold(): void;
  /** Drops the selection (the page's too) and any range adjustment; false when there was nothing to drop. */
  clear(): boolean;
  apply(codeIds: string[]): void;
  applyPinned(key: number): void;
  inVivo(): void;
  setQuickOpen(open: boolean): void;
  setKeysOpen(open: boolean): void;
  setAdjusting(excerptId: string | null): void;
  commitAdjust(): void;
}

function hint(message: string): void {
  notifyDone(message, 'Select a passage first');
}

function releaseBrowserSelection(): void {
  window.getSelection()?.removeAllRanges();
}

/** Selection, boxes and shortcuts of the coding view for one source. */
export function useCodingSession(sourceId: string | null, codes: readonly CodeWithCounts[]): CodingSession {
  const actions = useCodingActions();
  const [raw, setRaw] = useState<TextSelection | null>(null);
  const [quickOpen, setQuickOpenState] = useState(false);
  const [keysOpen, setKeysOpen] = useState(false);
  const [rawAdjusting, setRawAdjusting] = useState<{ sourceId: string | null; id: string } | null>(null);
  // Derived rather than reset in an effect: a selection or adjustment belongs to the source it was made in.
  const selection = raw && raw.sourceId === sourceId ? raw : null;
  const adjusting = rawAdjusting && rawAdjusting.sourceId === sourceId ? rawAdjusting.id : null;

  const keep = useCallback((s: TextSelection) => {
    releaseBrowserSelection();
    setRaw({ ...s, live: false, fromKeys: false });
  }, []);

  const hold = useCallback(() => {
    if (selection?.live) keep(selection);
  }, [selection, keep]);

  const apply = useCallback(
    (codeIds: string[]) => {
      if (!selection) return hint('Select text in the document, then choose a code.');
      // The range stays selected, drawn by the view, so a second code can go on the same passage.
      keep(selection);
      const names = codeIds.map((id) => codes.find((c) => c.id === id)?.name ?? 'a new code').join(', ');
      void actions.code(selection.sourceId, selection, codeIds).then((excerpt) => excerpt && announce(`Coded ${names}`));
    },
    [selection, actions, keep, codes],
  );

  const applyPinned = useCallback(
    (key: number) => {
      const code = codes.find((c) => c.pinned === key);
      if (!code) return notifyDone(`Pin a code to key ${key} from the codebook panel (its ⋯ menu).`, `No code on key ${key}`);
      apply([code.id]);
    },
    [codes, apply],
  );

  const inVivo = useCallback(() => {
    if (!selection) return hint('Select the words to name the new code after.');
    keep(selection);
    void actions.codeInVivo(selection.sourceId, selection);
  }, [selection, actions, keep]);

  const setQuickOpen = useCallback(
    (open: boolean) => {
      if (open && !selection) return hint('Select text in the document, then press Ctrl+K to find a code by name.');
      if (open && selection) keep(selection);
      setQuickOpenState(open);
    },
    [selection, keep],
  );

  const setAdjusting = useCallback(
    (id: string | null) => {
      setRaw(null);
      setRawAdjusting(id ? { sourceId, id } : null);
    },
    [sourceId],
  );

  const commitAdjust = useCallback(() => {
    if (!selection || !adjusting) return;
    const id = adjusting;
    releaseBrowserSelection();
    setRaw(null);
    setRawAdjusting(null);
    void actions.setRange(id, selection);
  }, [selection, adjusting, actions]);

  const clear = useCallback(() => {
    if (!selection && !adjusting) return false;
    releaseBrowserSelection();
    setRaw(null);
    setRawAdjusting(null);
    return true;
  }, [selection, adjusting]);

  const commandContext = useMemo<CodingCommandContext>(
    () => ({
      hasSelection: selection !== null,
      applyPinned,
      openQuickCode: () => setQuickOpen(true),
      codeInVivo: inVivo,
      clearSelection: clear,
      showKeys: () => setKeysOpen(true),
    }),
    [selection, applyPinned, setQuickOpen, inVivo, clear],
  );
  useCodingShortcuts(commandContext);

  return {
    selection,
    quickOpen,
    keysOpen,
    setKeysOpen,
    adjusting,
    actions,
    select: setRaw,
    hold,
    clear,
    apply,
    applyPinned,
    inVivo,
    setQuickOpen,
    setAdjusting,
    commitAdjust,
  };
}
