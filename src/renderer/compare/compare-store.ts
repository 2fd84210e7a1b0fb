import { externalStore } from '../client/external-store';

/** Whether the Compare labs view is open (start screen button, File › Compare Labs…). */
const open = externalStore<boolean>(false);

export const openCompare = () => open.set(true);
export const closeCompare = () => open.set(false);
export const useCompareOpen = () => open.use();
