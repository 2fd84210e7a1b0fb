import { externalStore } from '../client/external-store';

/** Which coding-copy dialog is open: File › Save a Copy for Coding… or File › Merge a Coder’s Copy…. */
const open = externalStore<'save' | 'merge' | null>(null);

export const requestCodingCopy = (dialog: 'save' | 'merge') => open.set(dialog);
export const closeCodingCopy = () => open.set(null);
export const useCodingCopyRequest = () => open.use();
