import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './notify';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * Saves a value a moment after the last change, and at once on `flush` (blur) or when the component goes
 * (switching memos must not lose the last words). Saves run one at a time, in order. A value that is
 * costly to build (a report's body) can be the editor itself, read by `save` only when the save runs.
 */
export function useAutosave<T>(save: (value: T) => Promise<unknown>, delay = 800) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  const mounted = useRef(true);
  const inFlight = useRef(0);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const next = pending.current;
    if (next === null) return;
    pending.current = null;
    if (mounted.current) setStatus('saving');
    inFlight.current++;
    chain.current = chain.current.then(() =>
      saveRef.current(next.value).finally(() => inFlight.current--).then(
        () => {
          if (mounted.current && pending.current === null) setStatus('saved');
        },
        (e: unknown) => {
          if (!mounted.current) return;
          setStatus('failed');
          setError(errorMessage(e));
        },
      ),
    );
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus('unsaved');
      setError(null);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      flush();
    };
  }, [flush]);

  /** Whether a change is waiting for its save or being saved: a reload from the store now could lose it. */
  const isBusy = useCallback(() => pending.current !== null || inFlight.current > 0, []);

  /** Saves what is waiting now and resolves when every save so far is done (before an export reads the store). */
  const settle = useCallback(async () => {
    flush();
    await chain.current;
  }, [flush]);

  return { status, error, schedule, flush, isBusy, settle };
}
