import { stat } from 'node:fs/promises';
import type { ImportResult } from '../../shared/domain/source';
import { postableWorkerSpec, type Parser, type WorkerSpec } from '../ingest/parse-pool';
import type { Progress } from '../jobs/job-registry';
import { runJobTask, type JobPlace } from '../jobs/run-job-task';
import type { Logger } from '../log';
import type { LabStore } from '../store/lab-store';
import { importCounts, importItem, importSources, type ImportFile } from './import-sources';
import { describeUnexpected, importTask } from './import-task';

export interface ImportEnv extends JobPlace {
  store: LabStore;
  log: Logger;
  coderName: string | null;
  /** The parse worker, started by the job worker for its own pool. */
  parseWorker?: WorkerSpec | undefined;
  /** The parser for an import on this thread (no job worker). */
  parser: () => Parser;
  /** Tells the UI which tables the job worker's commits touched, as the store tells it of its own writes. */
  changed: (tables: string[]) => void;
}

/**
 * An import this small stays on this thread, its files parsed by the parse pool kept between imports: a job worker
 * starts its own pool, which took 0.35–0.55 s for one 8,000-word .docx through browser mode, against a few
 * milliseconds of this thread's time to store it (an 8,000-word transcript is about 30 KB and takes 4 ms).
 */
const HERE_AT_MOST = { files: 4, bytes: 1024 * 1024 };

async function smallEnoughForHere(files: ImportFile[]): Promise<boolean> {
  if (files.length > HERE_AT_MOST.files) return false;
  let bytes = 0;
  for (const f of files) {
    // A file that cannot be looked at counts as empty: the import gives it its own error line.
    if ('path' in f) bytes += (await stat(f.path).catch(() => null))?.size ?? 0;
    else bytes += Math.floor((f.data.length * 3) / 4);
  }
  return bytes <= HERE_AT_MOST.bytes;
}

/**
 * Imports `files` into the open lab: in the job worker when there is one (the thread that answers calls stays
 * free; the lab file in WAL mode lets it read beside the worker's commits), else, or when the import is small,
 * on this thread.
 */
export async function importFiles(env: ImportEnv, files: ImportFile[], signal: AbortSignal, progress: Progress): Promise<ImportResult[]> {
  const started = performance.now();
  const unexpected = (error: string) => env.log.error('import: a file was not stored', { error });
  const inWorker = env.worker !== undefined && !(await smallEnoughForHere(files));
  let results: ImportResult[];
  if (inWorker) {
    const input = { labPath: env.store.path, coderName: env.coderName, files, parseWorker: env.parseWorker ? postableWorkerSpec(env.parseWorker) : null };
    const out = await runJobTask(importTask, input, { ...env, signal, progress, changed: env.changed });
    out.unexpected.forEach(unexpected);
    results = out.results;
  } else {
    results = await importSources(env.store, files.map(importItem), env.parser(), { signal, progress, unexpected: (e) => unexpected(describeUnexpected(e)) });
  }
  const ms = Math.round(performance.now() - started);
  env.log.info('import finished', { files: files.length, ...importCounts(results), ms, worker: inWorker });
  return results;
}
