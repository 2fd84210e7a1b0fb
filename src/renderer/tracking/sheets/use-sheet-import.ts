import { useState } from 'react';
import { errorMessage } from '../../components/notify';

/** The three steps of a sheet import: the file, what its columns hold, the check of every row. */
export const FILE_STEP = 0;
export const COLUMNS_STEP = 1;
export const CHECK_STEP = 2;

export interface SheetImport<R> {
  step: number;
  setStep: (step: number) => void;
  /** The last answer of the import operation: a dry run's check, or what was stored. */
  result: R | null;
  busy: boolean;
  /** Why the operation failed as a whole (the file vanished, the lab closed); row problems are in `result`. */
  failure: string | null;
  /** A new file was read: its columns are mapped afresh and any earlier check no longer holds. */
  restart: () => void;
  /** Runs the import operation; its answer is shown in the check step, and `onStored` follows a stored one. */
  send: (request: () => Promise<R>) => Promise<void>;
}

/** The state the import wizards share; what the sheet maps to and how it is sent stays with each wizard. */
export function useSheetImport<R extends { stored: boolean }>(onStored: (result: R) => void): SheetImport<R> {
  const [step, setStep] = useState(FILE_STEP);
  const [result, setResult] = useState<R | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  return {
    step,
    setStep,
    result,
    busy,
    failure,
    restart() {
      setResult(null);
      setStep(COLUMNS_STEP);
    },
    async send(request) {
      setBusy(true);
      setFailure(null);
      try {
        const r = await request();
        setResult(r);
        setStep(CHECK_STEP);
        if (r.stored) onStored(r);
      } catch (e) {
        setFailure(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
  };
}
