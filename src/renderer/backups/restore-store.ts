import { externalStore } from '../client/external-store';

/** Whether the restore dialog is open (File › Restore from Backup…, or the header's button). */
const open = externalStore(false);

export const requestRestore = () => open.set(true);
export const closeRestore = () => open.set(false);
export const useRestoreRequest = () => open.use();
