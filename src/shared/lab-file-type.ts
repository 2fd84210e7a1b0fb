/**
 * The lab file's extension: the file association, the save and open dialogs' filter, and the name of a lab
 * created without a path. Here rather than in core so the Electron main process, which runs no core code,
 * can use it.
 */
export const LAB_EXTENSION = '.scalinglab';
