/**
 * The two IPC channels between main and preload. Preload repeats the literals (it may import only
 * `electron` and types) and types them against this object, so a rename here fails its type check.
 */
export const IPC = {
  /** renderer → main: one contract operation, answered with a WireResult. */
  call: 'workbench:call',
  /** main → renderer: app events (changed tables, lab opened/closed, menu commands, job progress). */
  event: 'workbench:event',
} as const;

export type IpcChannels = typeof IPC;
