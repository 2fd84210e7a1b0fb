import { externalStore } from '../client/external-store';
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

const current = externalStore<Location>({ page: 'lab' });

/**
 * The open page, shared by every panel, so a retrieval row or a search hit can open the coding view at an
 * excerpt. A tiny external store: no router is needed for one window's eight sections.
 */
export function navigate(to: Location): void {
  current.set(to);
}

export function useLocation(): Location {
  return current.use();
}
