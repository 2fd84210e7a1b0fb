import { useCallback, useState } from 'react';

/**
 * State that outlives the tab: the chosen convening or iteration is still chosen after a visit to another
 * page. Kept in memory for the session; callers put the lab's id in the key so another lab starts afresh.
 */
const remembered = new Map<string, unknown>();

export function useRemembered<T>(key: string, initial: T): [T, (next: T) => void] {
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
