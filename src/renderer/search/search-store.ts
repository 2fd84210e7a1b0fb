import { useSyncExternalStore } from 'react';

interface SearchState {
  open: boolean;
  query: string;
}

let state: SearchState = { open: false, query: '' };
const listeners = new Set<() => void>();

function set(next: Partial<SearchState>): void {
  state = { ...state, ...next };
  for (const l of listeners) l();
}

/**
 * Whether the search drawer is open, and what was typed: outside React so that the header button, the
 * Ctrl+Shift+F command and the drawer share it, and a search is still there when the drawer opens again.
 */
export const openSearch = () => set({ open: true });
export const closeSearch = () => set({ open: false });
export const setSearchQuery = (query: string) => set({ query });

export function useSearchState(): SearchState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}
