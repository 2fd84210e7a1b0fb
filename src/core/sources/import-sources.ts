import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ImportResult } from '../../shared/domain/source';
import { OpError } from '../errors';
import type { Parser } from '../ingest/parse-pool';
import type { Progress } from '../jobs/job-registry';
import type { Logger } from '../log';
import type { LabStore } from '../store/lab-store';
import { sourceIdBySha } from '../store/queries/source-queries';
import { saveSource } from './save-source';

/** A file to import: read from disk when asked for, so a thousand files are never all in memory. */
export interface ImportItem {
  name: string;
  read(): Promise<Uint8Array>;
}

export function fileItem(path: string): ImportItem {
  return { name: basename(path), read: async () => new Uint8Array(await readFile(path)) };
}

function failed(name: string, e: unknown): ImportResult {
  const err = e instanceof OpError ? e : new OpError('UNREADABLE_FILE', `“${name}” could not be read.`);
  return { fileName: name, status: 'failed', sourceId: null, errorCode: err.code, message: err.message, warnings: [] };
}

/**
 * Imports files as one job: parsing runs in the parser's workers (as many files at once as it has), each
 * parsed file is committed in its own transaction on this thread, and a bad file becomes its own error line
 * while the rest go on. Cancelling stops before the next file; files already stored stay.
 */
export async function importSources(
  store: LabStore,
  items: ImportItem[],
  parser: Parser,
  signal: AbortSignal,
  progress: Progress,
  log: Logger,
): Promise<ImportResult[]> {
  const results: ImportResult[] = new Array(items.length);
  let next = 0;
  let done = 0;
  const one = async (i: number) => {
    const item = items[i]!;
    try {
      const bytes = await item.read();
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = sourceIdBySha(store, sha256);
      if (existing) {
        results[i] = { fileName: item.name, status: 'duplicate', sourceId: existing, errorCode: null, message: 'Already in the lab (same content).', warnings: [] };
        return;
      }
      const doc = await parser.parse(item.name, bytes);
      signal.throwIfAborted();
      const sourceId = saveSource(store, { fileName: item.name, bytes, sha256, doc });
      results[i] = sourceId
        ? { fileName: item.name, status: 'imported', sourceId, errorCode: null, message: null, warnings: doc.warnings }
        : { fileName: item.name, status: 'duplicate', sourceId: sourceIdBySha(store, sha256) ?? null, errorCode: null, message: 'Already in the lab (same content).', warnings: [] };
    } catch (e) {
      if (!signal.aborted) results[i] = failed(item.name, e);
    } finally {
      done++;
      progress(done, items.length, item.name);
    }
  };
  const lane = async () => {
    while (next < items.length && !signal.aborted) await one(next++);
  };
  // Twice as many files in flight as parsers, so the workers stay busy while this thread writes.
  await Promise.allSettled(Array.from({ length: Math.max(1, parser.concurrency * 2) }, lane));
  const counts = { imported: 0, duplicate: 0, failed: 0 };
  for (const r of results) if (r) counts[r.status]++;
  log.info('import finished', { files: items.length, ...counts, cancelled: signal.aborted });
  // A cancelled import still answers for every file: those stored stay stored, the rest say why they are not.
  return items.map(
    (item, i) =>
      results[i] ?? {
        fileName: item.name,
        status: 'failed',
        sourceId: null,
        errorCode: 'CANCELLED',
        message: 'Not imported: the import was cancelled.',
        warnings: [],
      },
  );
}
