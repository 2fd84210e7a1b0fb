import { useSyncExternalStore } from 'react';
import type { PageId } from './pages';

/** Where to land in the coding view: a source, and optionally a range to scroll to and flash. */
export interface CodingTarget {
  sourceId: string;
  range?: { start: number; end: number };
}

export interface Location {
  page: PageId;
  coding?: CodingTarget;
}

let current: Location = { page: 'lab' };
const listeners = new Set<() => void>();

/**
 * The open page, shared by every panel, so a retrieval row or a search hit can open the coding view at an
 * excerpt. A tiny external store: no router is needed for one window's eight sections.
 */
export function navigate(to: Location): void {
  current = to;
  for (const l of listeners) l();
}

export function useLocation(): Location {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
