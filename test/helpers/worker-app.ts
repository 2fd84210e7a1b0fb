import { join } from 'node:path';
import { Workspace } from '../../src/core/app/workspace';
import { dispatch } from '../../src/core/dispatch';
import { parseWorkerSpec } from '../../src/core/ingest/parse-worker-spec';
import { jobWorkerSpec } from '../../src/core/jobs/job-worker-spec';
import { tempDir } from './temp';

/**
 * A front door that parses in worker threads, with a new lab open; with `jobWorker`, the whole import runs in the job
 * worker. `verbose` hears every SQL statement the front door's own connection runs.
 */
export async function workerApp(o: { jobWorker?: boolean; verbose?: (sql: string) => void } = {}) {
  const home = tempDir('labwb-import-');
  const ws = new Workspace({
    mode: 'cli',
    home,
    version: 'test',
    coderName: 'Importer',
    parseWorker: parseWorkerSpec(),
    ...(o.jobWorker ? { jobWorker: jobWorkerSpec() } : {}),
    ...(o.verbose ? { store: { verbose: o.verbose } } : {}),
  });
  const call = async <T = never,>(name: string, input: unknown): Promise<T> => {
    const r = await dispatch(ws, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.result as T;
  };
  const lab = join(home, 'lab.scalinglab');
  await call('labs.create', { path: lab, profile: { name: 'Import lab', startDate: '2026-01-01' } });
  return { ws, home, lab, call };
}
