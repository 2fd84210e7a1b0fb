import { externalStore } from '../client/external-store';

interface SearchState {
  open: boolean;
  query: string;
}

const store = externalStore<SearchState>({ open: false, query: '' });

function set(next: Partial<SearchState>): void {
  store.set({ ...store.get(), ...next });
}

/**
 * Whether the search drawer is open, and what was typed: outside React so that the header button, the
 * Ctrl+Shift+F command and the drawer share it, and a search is still there when the drawer opens again.
 */
export const openSearch = () => set({ open: true });
export const closeSearch = () => set({ open: false });
export const setSearchQuery = (query: string) => set({ query });

export function useSearchState(): SearchState {
  return store.use();
}
