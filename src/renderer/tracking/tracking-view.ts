import { useCallback, useSyncExternalStore } from 'react';
import { navigate } from '../shell/navigation';

export type TrackingTab = 'participation' | 'plan' | 'rubric' | 'surveys';

/**
 * Which tab of the Tracking page is open, kept outside the page so that the Lab dashboard can open the page
 * on the right tab, and a documenter who goes to the coding view and comes back finds the same tab.
 */
let tab: TrackingTab = 'participation';
const listeners = new Set<() => void>();

function setTab(next: TrackingTab): void {
  tab = next;
  for (const l of listeners) l();
}

export function openTracking(next: TrackingTab): void {
  setTab(next);
  navigate({ page: 'tracking' });
}

export function useTrackingTab(): [TrackingTab, (next: TrackingTab) => void] {
  const value = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => tab,
  );
  return [value, useCallback((next: TrackingTab) => setTab(next), [])];
}
