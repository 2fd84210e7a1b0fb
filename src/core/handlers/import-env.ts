import type { Workspace } from '../app/workspace';
import { jobPlaceOf } from '../jobs/run-job-task';
import type { ImportEnv } from '../sources/import-job';

/** What an import job needs from the open lab, for the handlers that start one. */
export function importEnvOf(ws: Workspace): ImportEnv {
  const store = ws.store;
  return {
    store,
    log: ws.log,
    coderName: ws.coderName,
    ...jobPlaceOf(ws),
    parseWorker: ws.options.parseWorker,
    parser: () => ws.parser(),
    // Only while this lab is the one open: a lab opened meanwhile has no such changes.
    changed: (tables: string[]) => {
      if (ws.hasLab && ws.store === store) ws.emit({ type: 'changed', tables });
    },
  };
}
