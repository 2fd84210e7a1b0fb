import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ErrorCode } from '../../shared/contract/errors';
import { OpError } from '../errors';
import type { ParseOptions } from './parse-file';
import type { ParsedDocument } from './parsed-document';

export interface Parser {
  parse(name: string, bytes: Uint8Array, options?: ParseOptions): Promise<ParsedDocument>;
  readonly concurrency: number;
  close(): Promise<void>;
}

/** Where the worker script is, and how to start it (the dev runtime needs a TypeScript loader). */
export interface WorkerSpec {
  script: URL | string;
  workerData?: unknown;
}

/**
 * The spec as plain data, for a worker that starts this one itself (the job worker starts the parse pool): a URL
 * object cannot be posted to another thread, its path can.
 */
export function postableWorkerSpec(spec: WorkerSpec): { script: string; workerData?: unknown } {
  return { script: typeof spec.script === 'string' ? spec.script : fileURLToPath(spec.script), ...(spec.workerData === undefined ? {} : { workerData: spec.workerData }) };
}

/** Parses on the calling thread: for tests and one-file imports. */
export function inlineParser(): Parser {
  // mammoth and pdf.js load on the first parse, not with core: a CLI verb that imports nothing should not pay for them.
  return { parse: async (name, bytes, options) => (await import('./parse-file')).parseFile(name, bytes, options), concurrency: 1, close: async () => undefined };
}

type Reply = { id: number; ok: true; doc: ParsedDocument } | { id: number; ok: false; error: { code: ErrorCode; message: string } };

/**
 * Parsing (mammoth, pdf.js) is CPU work: it runs in a pool of worker threads, one per core, while the calling
 * thread does the writing. Each file goes to the least busy worker; a crashed worker is replaced.
 */
export function workerParser(spec: WorkerSpec, size = Math.max(1, Math.min(availableParallelism(), 8))): Parser {
  interface Slot {
    worker: Worker;
    pending: Map<number, { resolve: (d: ParsedDocument) => void; reject: (e: unknown) => void }>;
  }
  let nextId = 0;
  const start = (): Slot => {
    // A larger young generation: mammoth allocates many short-lived objects, and with V8's default the
    // workers spend more time collecting garbage than parsing.
    const worker = new Worker(spec.script, { workerData: spec.workerData, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (r: Reply) => {
      const p = slot.pending.get(r.id);
      slot.pending.delete(r.id);
      if (!p) return;
      if (r.ok) p.resolve(r.doc);
      else p.reject(new OpError(r.error.code, r.error.message));
    });
    worker.on('error', (e) => {
      for (const p of slot.pending.values()) p.reject(new OpError('UNREADABLE_FILE', `The file reader stopped unexpectedly (${e.name}).`));
      slot.pending.clear();
      slots[slots.indexOf(slot)] = start();
    });
    worker.unref();
    return slot;
  };
  const slots: Slot[] = Array.from({ length: size }, start);
  return {
    concurrency: size,
    parse(name, bytes, options = {}) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<ParsedDocument>((resolve, reject) => {
        slot.pending.set(id, { resolve, reject });
        slot.worker.ref();
        // A copy is sent: the caller keeps its bytes (they are stored as the original).
        slot.worker.postMessage({ id, name, bytes, options });
      }).finally(() => {
        if (slot.pending.size === 0) slot.worker.unref();
      });
    },
    close: async () => {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
