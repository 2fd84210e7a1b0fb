import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../components/notify';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'failed';

/**
 * Saves a value a moment after the last change, and at once on `flush` (blur) or when the component goes
 * (switching memos must not lose the last words). Saves run one at a time, in order.
 */
export function useAutosave(save: (value: string) => Promise<unknown>, delay = 800) {
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  const mounted = useRef(true);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const value = pending.current;
    if (value === null) return;
    pending.current = null;
    if (mounted.current) setStatus('saving');
    chain.current = chain.current.then(() =>
      saveRef.current(value).then(
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
    (value: string) => {
      pending.current = value;
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

  return { status, error, schedule, flush };
}
