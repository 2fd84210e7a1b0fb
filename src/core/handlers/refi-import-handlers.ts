import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { OpParsedInput } from '../../shared/contract';
import { safeFileName } from '../ingest/file-name';
import type { Handler } from './handler';

type RefiFileInput = OpParsedInput<'refi.importCodebook'>;

/**
 * Runs `use` on the file the caller named, or on the bytes the page sent written to a file of their own, so both go
 * through the same importer with the same checks. The temporary copy keeps the file's name (the report, the undo step
 * and every message name it) in a private folder (mkdtemp makes it 0700), and is deleted whatever happens: a project
 * holds interviews.
 */
async function onDisk<T>(input: RefiFileInput, use: (path: string) => Promise<T>): Promise<T> {
  if (input.path !== undefined) return use(input.path);
  const file = input.file!;
  const dir = await mkdtemp(join(tmpdir(), 'labwb-refi-'));
  try {
    const path = join(dir, safeFileName(file.name));
    await writeFile(path, Buffer.from(file.data, 'base64'), { mode: 0o600 });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const fileName = (input: RefiFileInput) =>
  input.path !== undefined ? basename(input.path) : safeFileName(input.file!.name);

/**
 * The importers (and jszip, mammoth) load with the first import, not with every labwb verb: about 0.1 s of each start.
 *
 * The project import runs as a job on this thread: it is read and checked first (the slow part, asynchronous), then
 * written in one transaction, which is what makes it one undo step; the real NVivo project takes under a second.
 */
export const refiImportHandlers: { [N in 'refi.importProject' | 'refi.importCodebook']: Handler<N> } = {
  'refi.importProject': (ws, input) =>
    ws.jobs.run(input.jobId ?? randomUUID(), `Importing ${fileName(input)}`, (signal, progress) =>
      onDisk(input, async (path) => (await import('../interop/refi/qdpx-import')).importQdpx(ws, path, { signal, progress })),
    ),
  'refi.importCodebook': (ws, input) => onDisk(input, async (path) => (await import('../interop/refi/qdc-import')).importQdc(ws, path)),
};
