import { useSyncExternalStore } from 'react';

export interface ExternalStore<T> {
  get(): T;
  set(next: T): void;
  /** The value in a component, which re-renders when it is set. */
  use(): T;
  /** Hears every set; for hooks that re-render only when something derived from the value changes. */
  subscribe(listener: () => void): () => void;
}

/**
 * A value outside React that several parts of the window share (the open page, the search drawer, an export
 * asked for from a menu), without a provider around them all.
 */
export function externalStore<T>(initial: T): ExternalStore<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => {
      listeners.delete(l);
    };
  };
  return {
    get: () => value,
    set(next) {
      value = next;
      for (const l of listeners) l();
    },
    use: () => useSyncExternalStore(subscribe, () => value),
    subscribe,
  };
}
