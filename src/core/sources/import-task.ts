import type { ImportResult } from '../../shared/domain/source';
import { availableParallelism } from 'node:os';
import { inlineParser, workerParser } from '../ingest/parse-pool';
import type { JobTask } from '../jobs/job-task';
import { LabStore } from '../store/lab-store';
import { importItem, importSources, type ImportFile } from './import-sources';
import { BATCH_FILES } from './source-writer';

export interface ImportTaskInput {
  labPath: string;
  /** Who the import is recorded as: the coder of the caller's connection. */
  coderName: string | null;
  files: ImportFile[];
  /** The parse pool this task starts for itself (nested worker threads, one per core); null: it parses on its own thread. */
  parseWorker: { script: string; workerData?: unknown } | null;
}

export interface ImportTaskOutput {
  results: ImportResult[];
  /** Errors no cause explained, described for the caller's log (this thread has none). */
  unexpected: string[];
}

/** An unexpected error as one log field: its kind, message and stack (never the file's name or content). */
export function describeUnexpected(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}${e.stack ? `\n${e.stack}` : ''}` : String(e);
}

/**
 * This thread stores every file, and storing (the full-text index above all) is about as much work as parsing: it
 * keeps a core to itself, and the parse workers share the others. On 2 cores, one parse worker beside the writer
 * imported the bench's transcripts faster than two contending with it for both cores (about 180 against 150 files/s).
 */
export const parseWorkersBesideWriter = (): number => Math.max(1, Math.min(availableParallelism() - 1, 8));

/**
 * The whole import (reading, parsing, storing) off the thread that answers calls, from a connection of its own;
 * files ready together share a transaction, each in its own savepoint. Each commit's tables go to the caller,
 * which tells the UI as its own writes would.
 */
export const importTask: JobTask<ImportTaskInput, ImportTaskOutput> = {
  name: 'sources.import',
  // The writer handles each file's text several times over (its copy from the parse worker, the change log's JSON):
  // with V8's default young generation the import took about 8% more CPU a file on the bench (17.4 vs 15.8 ms).
  resourceLimits: { maxYoungGenerationSizeMb: 64 },
  async run(input, { signal, progress, changed, storeOptions }) {
    const store = LabStore.open(input.labPath, storeOptions);
    const parser = input.parseWorker ? workerParser(input.parseWorker, parseWorkersBesideWriter()) : inlineParser();
    const unexpected: string[] = [];
    try {
      if (input.coderName) store.useCoder(input.coderName);
      // Heard inside a transaction that several files share, told once it has committed: the host reads the lab
      // as soon as it hears, and must find the files there.
      const touched = new Set<string>();
      store.onChange((tables) => tables.forEach((t) => touched.add(t)));
      const committed = () => {
        if (touched.size === 0) return;
        changed([...touched]);
        touched.clear();
      };
      const results = await importSources(store, input.files.map(importItem), parser, {
        signal,
        progress,
        committed,
        batchFiles: BATCH_FILES,
        unexpected: (e) => unexpected.push(describeUnexpected(e)),
      });
      return { results, unexpected };
    } finally {
      await parser.close();
      store.close();
    }
  },
};
