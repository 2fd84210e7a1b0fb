import { createHash, randomUUID } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { OpError } from '../errors';
import { IMPORT_LIMITS, formatBytes } from '../ingest/import-limits';
import type { Progress } from '../jobs/job-registry';
import type { LabStore } from '../store/lab-store';
import {
  coderIdByName,
  completeRecording,
  deleteRecording,
  insertRecording,
  insertRecordingChunk,
  recordingIdOfSource,
  selectRecording,
  type StoredRecording,
} from '../store/queries/recording-queries';
import { selectSourceSummary } from '../store/queries/source-queries';
import { SNIFF_BYTES, sniffMedia, wavDurationMs } from './media-format';

/** Bytes per stored chunk: a seek reads one or two of them. */
export const CHUNK_BYTES = 1024 * 1024;

/**
 * Chunks committed per transaction. Each commit of 8 MB takes tens of milliseconds, after which other calls get
 * their turn; one transaction for a whole recording would hold the lab's write lock for the length of the copy.
 */
const CHUNKS_PER_COMMIT = 8;

/**
 * Where the bytes come from: a file on this computer, read a chunk at a time (under its own name, or `name` when it
 * is a temporary copy), or bytes the page sent.
 */
export type RecordingInput = { path: string; name?: string } | { name: string; bytes: Buffer };

interface ByteReader {
  fileName: string;
  size: number;
  /** Fills `into` from `position`; returns how many bytes it read. */
  read(into: Buffer, position: number): Promise<number>;
  close(): Promise<void>;
}

async function openReader(input: RecordingInput): Promise<ByteReader> {
  if ('bytes' in input) {
    const { bytes } = input;
    return {
      fileName: input.name,
      size: bytes.length,
      read: (into, position) => Promise.resolve(bytes.copy(into, 0, position, Math.min(position + into.length, bytes.length))),
      close: () => Promise.resolve(),
    };
  }
  const fileName = input.name ?? basename(input.path);
  const info = await stat(input.path).catch((e: NodeJS.ErrnoException) => {
    throw new OpError('UNREADABLE_FILE', `${fileName}: the file could not be read (${e.code ?? 'error'})`);
  });
  if (!info.isFile()) throw new OpError('UNREADABLE_FILE', `${fileName}: not a file`);
  const handle = await open(input.path, 'r');
  return {
    fileName,
    size: info.size,
    read: async (into, position) => (await handle.read(into, 0, into.length, position)).bytesRead,
    close: () => handle.close(),
  };
}

async function readFully(reader: ByteReader, into: Buffer, position: number): Promise<Buffer> {
  let filled = 0;
  while (filled < into.length) {
    const n = await reader.read(filled === 0 ? into : into.subarray(filled), position + filled);
    if (n === 0) break;
    filled += n;
  }
  return into.subarray(0, filled);
}

/**
 * Copies a recording into the lab and attaches it to `sourceId`: checked by size and first bytes before anything is
 * stored, then written CHUNK_BYTES at a time, a few chunks per transaction, and marked complete (with its SHA-256)
 * only at the end. Cancelled or failed part-way, the half-written recording is deleted; a crash leaves it
 * incomplete, never served, and the next attach to that source clears it.
 */
export async function attachRecording(
  store: LabStore,
  sourceId: string,
  input: RecordingInput,
  opts: { coderName: string | null; signal: AbortSignal; progress: Progress },
): Promise<StoredRecording> {
  const source = selectSourceSummary(store, sourceId);
  if (!source) throw new OpError('NOT_FOUND', 'sourceId: that source no longer exists; it may have been deleted.');
  const existing = recordingIdOfSource(store, sourceId);
  if (existing?.complete) throw new OpError('CONFLICT', 'This source already has a recording; detach it first to attach another.');

  const reader = await openReader(input);
  const { fileName, size } = reader;
  const id = randomUUID();
  try {
    const limit = IMPORT_LIMITS.recordingBytes;
    if (size > limit) throw new OpError('UNSUPPORTED_FORMAT', `${fileName}: larger than the ${formatBytes(limit)} limit for a recording`);
    if (size === 0) throw new OpError('UNSUPPORTED_FORMAT', `${fileName}: the file is empty`);
    const head = Buffer.from(await readFully(reader, Buffer.alloc(Math.min(SNIFF_BYTES, size)), 0));
    const format = sniffMedia(fileName, head);

    store.tx(() => {
      if (existing) deleteRecording(store, existing.id);
      insertRecording(store, { id, sourceId, fileName, mime: format.mime, byteSize: size, chunkSize: CHUNK_BYTES, createdAt: new Date().toISOString(), createdBy: coderIdByName(store, opts.coderName) });
    });
    const hash = createHash('sha256');
    const chunks = Math.ceil(size / CHUNK_BYTES);
    for (let seq = 0; seq < chunks; ) {
      opts.signal.throwIfAborted();
      const batch: Buffer[] = [];
      for (let i = 0; i < CHUNKS_PER_COMMIT && seq + i < chunks; i++) {
        // A fresh buffer per chunk: better-sqlite3 binds it by reference until the statement runs.
        const bytes = await readFully(reader, Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size - (seq + i) * CHUNK_BYTES)), (seq + i) * CHUNK_BYTES);
        if (bytes.length === 0) throw new OpError('UNREADABLE_FILE', `${fileName}: the file got shorter while it was being read`);
        hash.update(bytes);
        batch.push(bytes);
      }
      const first = seq;
      store.tx(() => batch.forEach((b, i) => insertRecordingChunk(store, id, first + i, b)));
      seq += batch.length;
      opts.progress(seq, chunks, fileName);
      await nextTurn();
    }
    opts.signal.throwIfAborted();
    store.tx(() => completeRecording(store, id, hash.digest('hex'), format.mime === 'audio/wav' ? wavDurationMs(head, size) : null));
  } catch (e) {
    deleteRecording(store, id);
    if (opts.signal.aborted) throw new OpError('CANCELLED', `Attaching ${fileName} was cancelled; nothing was kept.`);
    throw e;
  } finally {
    await reader.close();
  }
  return selectRecording(store, id)!;
}

/** Takes a recording out of the lab for good; the UI asks first. */
export function detachRecording(store: LabStore, id: string): boolean {
  return store.tx(() => deleteRecording(store, id));
}
