import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ErrorCode } from '../../shared/contract/errors';
import type { ImportResult } from '../../shared/domain/source';
import { OpError } from '../errors';
import { extensionOf, safeFileName } from '../ingest/file-name';
import { checkFileSize } from '../ingest/import-limits';
import type { ParseOptions } from '../ingest/parse-file';
import type { Parser } from '../ingest/parse-pool';
import type { TranscriptSheetOptions } from '../../shared/domain/transcript-sheet';
import type { Progress } from '../jobs/job-registry';
import type { LabStore } from '../store/lab-store';
import { sourceIdBySha } from '../store/queries/source-queries';
import type { FileToSave } from './save-source';
import { SourceWriter } from './source-writer';

/** A file to import: read from disk when asked for, so a thousand files are never all in memory. */
export interface ImportItem {
  name: string;
  read(): Promise<Uint8Array>;
  options?: ParseOptions;
}

/** A file to import as plain data, which can be posted to the job worker: a path here, or what the page sent. */
export type ImportFile = ({ path: string } | { name: string; data: string }) & { transcriptSheet?: TranscriptSheetOptions | undefined };

/**
 * Looked at before it is read: a file over its size limit is refused without being loaded, and a device or pipe
 * (a link to /dev/zero named .txt) would never end.
 */
export function fileItem(path: string): ImportItem {
  const name = basename(path);
  return {
    name,
    read: async () => {
      const info = await stat(path);
      if (info.isDirectory()) throw new OpError('UNREADABLE_FILE', `“${name}” is a folder, not a file.`);
      if (!info.isFile()) throw new OpError('UNREADABLE_FILE', `“${name}” is not a regular file (a device, pipe or socket).`);
      checkFileSize(name, extensionOf(name), info.size);
      return new Uint8Array(await readFile(path));
    },
  };
}

export function importItem(file: ImportFile): ImportItem {
  const options = file.transcriptSheet ? { options: { transcriptSheet: file.transcriptSheet } } : {};
  if ('path' in file) return { ...fileItem(file.path), ...options };
  const name = safeFileName(file.name);
  // Decoded when its turn comes, not all at once: base64 is already a third larger than the file.
  return {
    ...options,
    name,
    read: async () => {
      checkFileSize(name, extensionOf(name), Math.floor((file.data.length * 3) / 4));
      return new Uint8Array(Buffer.from(file.data, 'base64'));
    },
  };
}

export interface ImportRun {
  signal: AbortSignal;
  progress: Progress;
  /** An error nothing here explains (its file's line says to see the log): for the caller to log. */
  unexpected?: (e: unknown) => void;
  /**
   * After each commit. The store's listeners hear of each file's write inside the transaction it shares with
   * others; a caller on another thread announces what it heard only now, once the host can read it.
   */
  committed?: () => void;
  /** Files stored in one transaction at most (SourceWriter's BATCH_FILES off the thread that answers calls); 1 by default. */
  batchFiles?: number;
}

type Failure = { code: ErrorCode; message: string; known: boolean };

/** The reason a file was not stored, in words the documenter can act on; `known: false` sends them to the log. */
function failureOf(name: string, e: unknown): Failure {
  if (e instanceof OpError) return { code: e.code, message: e.message, known: true };
  const code = (e as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return { code: 'NOT_FOUND', message: `“${name}” was not found; it may have been moved or deleted.`, known: true };
    case 'EACCES':
    case 'EPERM':
      return { code: 'UNREADABLE_FILE', message: `“${name}” could not be opened: permission denied.`, known: true };
    case 'EISDIR':
      return { code: 'UNREADABLE_FILE', message: `“${name}” is a folder, not a file.`, known: true };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return { code: 'CONFLICT', message: `“${name}” was not stored: the lab was busy with another window or command; import it again.`, known: true };
  }
  if (code === 'SQLITE_FULL') return { code: 'INTERNAL', message: `“${name}” was not stored: the disk is full.`, known: true };
  return { code: 'INTERNAL', message: `“${name}” was not stored (unexpected error; see the log file).`, known: false };
}

/** How many of each outcome, for the log line. */
export function importCounts(results: readonly ImportResult[]): { imported: number; duplicate: number; failed: number; cancelled: number } {
  const counts = { imported: 0, duplicate: 0, failed: 0, cancelled: 0 };
  for (const r of results) {
    if (r.errorCode === 'CANCELLED') counts.cancelled++;
    else counts[r.status]++;
  }
  return counts;
}

/**
 * Files being read or parsed at once, per parser. The thread that stores files cannot hand a parse worker its next
 * one while it commits a batch, so each worker holds enough to stay busy through a whole commit: two batches' worth
 * (at least two files, for imports that store files one at a time). On the bench (one parse worker beside the
 * writer, 8 files a batch) 2 files in flight per worker left it idle a quarter of the time; 16 kept it busy.
 */
const inFlightPerParser = (batchFiles: number) => Math.max(2, 2 * batchFiles);

const duplicateOf = (fileName: string, sourceId: string | null): ImportResult => ({
  fileName,
  status: 'duplicate',
  sourceId,
  errorCode: null,
  message: 'Already in the lab (same content).',
  warnings: [],
});

/**
 * Imports files as one job: files are read ahead and parsed in the parser's workers (as many at once as keep them
 * busy) while this thread stores the parsed ones (SourceWriter: a file is stored whole or not at all). A bad file
 * becomes its own error line while the rest go on. Cancelling stops before the next file is stored; files already
 * stored stay.
 */
export async function importSources(store: LabStore, items: ImportItem[], parser: Parser, run: ImportRun): Promise<ImportResult[]> {
  const { signal } = run;
  const results: (ImportResult | undefined)[] = new Array(items.length);
  let done = 0;
  const finish = (i: number, result: ImportResult) => {
    results[i] = result;
    done++;
    run.progress(done, items.length, items[i]!.name);
  };
  const fail = (i: number, e: unknown) => {
    const failure = failureOf(items[i]!.name, e);
    if (!failure.known) run.unexpected?.(e);
    finish(i, { fileName: items[i]!.name, status: 'failed', sourceId: null, errorCode: failure.code, message: failure.message, warnings: [] });
  };

  // A cancel does not wait for a read or a long parse: the lanes stop at once.
  let onAbort: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(new OpError('CANCELLED', 'Cancelled.'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);

  const lanes = parser.concurrency * inFlightPerParser(run.batchFiles ?? 1);
  const reads = new Map<number, Promise<Uint8Array>>();
  let readFrom = 0;
  const bytesOf = (i: number): Promise<Uint8Array> => {
    // Half as many read ahead as are in flight: a worker that finishes is handed its next file without waiting for the disk.
    for (const end = Math.min(items.length, i + 1 + (lanes / 2)); readFrom < end; readFrom++) {
      const read = items[readFrom]!.read();
      // Read before it is awaited: its failure is taken when its turn comes, not reported as unhandled.
      read.catch(() => undefined);
      reads.set(readFrom, read);
    }
    const read = reads.get(i)!;
    reads.delete(i);
    return read;
  };

  let parsing = 0;
  const writer = new SourceWriter(store, {
    signal,
    batchFiles: run.batchFiles ?? 1,
    moreComing: () => parsing > 0,
    committed: run.committed,
    stored(i, file, outcome) {
      if ('error' in outcome) fail(i, outcome.error);
      else if (outcome.sourceId === null) finish(i, duplicateOf(file.fileName, sourceIdBySha(store, file.sha256) ?? null));
      else finish(i, { fileName: file.fileName, status: 'imported', sourceId: outcome.sourceId, errorCode: null, message: null, warnings: file.doc.warnings });
    },
  });

  const one = async (i: number) => {
    const item = items[i]!;
    parsing++;
    let file: FileToSave | undefined;
    try {
      const bytes = await Promise.race([bytesOf(i), aborted]);
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const existing = sourceIdBySha(store, sha256);
      if (existing) finish(i, duplicateOf(item.name, existing));
      else file = { fileName: item.name, bytes, sha256, doc: await Promise.race([parser.parse(item.name, bytes, item.options), aborted]) };
    } catch (e) {
      if (!signal.aborted) fail(i, e);
    } finally {
      parsing--;
    }
    if (file && !signal.aborted) writer.add(i, file);
  };
  let next = 0;
  const lane = async () => {
    while (next < items.length && !signal.aborted) await one(next++);
  };
  try {
    await Promise.all(Array.from({ length: lanes }, lane));
    writer.flush();
  } finally {
    writer.close();
    signal.removeEventListener('abort', onAbort);
  }
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
