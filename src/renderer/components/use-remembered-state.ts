import { useCallback, useState } from 'react';

/**
 * View state that outlives the page: a documenter who goes to the coding view and comes back finds the same
 * tab, filters, convening or iteration. Kept in memory for the session only; callers put the lab's id in the
 * key, so another lab starts afresh.
 */
const remembered = new Map<string, unknown>();

export function useRememberedState<T>(key: string, initial: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => (remembered.has(key) ? (remembered.get(key) as T) : initial));
  const set = useCallback(
    (next: T) => {
      remembered.set(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}
