import { parentPort } from 'node:worker_threads';
import { OpError } from '../errors';
import { parseFile, type ParseOptions } from './parse-file';

/** One worker of the parse pool: bytes in, a ParsedDocument or a wire error out. Never logs content. */
parentPort?.on('message', (msg: { id: number; name: string; bytes: Uint8Array; options?: ParseOptions }) => {
  parseFile(msg.name, msg.bytes, msg.options).then(
    (doc) => parentPort!.postMessage({ id: msg.id, ok: true, doc }),
    (e: unknown) =>
      parentPort!.postMessage({
        id: msg.id,
        ok: false,
        error:
          e instanceof OpError
            ? { code: e.code, message: e.message }
            : { code: 'UNREADABLE_FILE', message: `“${msg.name}” could not be read (${e instanceof Error ? e.name : 'error'}).` },
      }),
  );
});
