import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { OpError } from '../errors';

/** Where exports go when no path is given: a folder of the app's data, which browser mode can send to the page from. */
export function exportsFolder(home: string): string {
  return join(home, 'exports');
}

/** “Iteration report Iteration 1” → “Iteration-report-Iteration-1-2026-07-02.docx”, numbered when taken. */
export function defaultExportPath(folder: string, name: string, ext: 'docx' | 'xlsx' | 'qdpx' | 'qdc', today = new Date().toISOString().slice(0, 10)): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'export';
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${slug}-${today}${n === 1 ? '' : `-${n}`}.${ext}`);
    if (!existsSync(candidate)) return candidate;
  }
}

/**
 * Writes through a temporary file beside the target and renames it into place, so a cancelled or failed export
 * never leaves a broken file (nor replaces a good one with it).
 */
export async function writeAtomically(target: string, write: (tmp: string) => Promise<void>, signal: AbortSignal): Promise<number> {
  const dir = dirname(target);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new OpError('UNREADABLE_FILE', `Cannot create the folder ${dir}: ${(e as Error).message}`);
  }
  const tmp = join(dir, `.${basename(target)}.${randomBytes(4).toString('hex')}.part`);
  try {
    await write(tmp);
    signal.throwIfAborted();
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    if (signal.aborted) throw new OpError('CANCELLED', 'The export was cancelled; no file was written.');
    const code = (e as { code?: string }).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EBUSY') {
      throw new OpError('UNREADABLE_FILE', `Cannot write ${target}; is it open in another program, or is the folder read-only?`);
    }
    throw e;
  }
  return statSync(target).size;
}

const MIME: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  // REFI-QDA has no registered media types: a project is a zip, a codebook is XML.
  '.qdpx': 'application/zip',
  '.qdc': 'application/xml',
};

/** A file of the exports folder, by name only: the page cannot ask for any other file. */
export function readExport(home: string, fileName: string): { fileName: string; mimeType: string; data: string } {
  const folder = exportsFolder(home);
  const path = resolve(folder, fileName);
  if (basename(fileName) !== fileName || dirname(path) !== resolve(folder) || !MIME[extname(fileName).toLowerCase()]) {
    throw new OpError('FORBIDDEN', 'fileName: only a .docx, .xlsx, .qdpx or .qdc file of the exports folder can be downloaded');
  }
  if (!existsSync(path)) throw new OpError('NOT_FOUND', `fileName: there is no export called ${fileName}`);
  return { fileName, mimeType: MIME[extname(fileName).toLowerCase()]!, data: readFileSync(path).toString('base64') };
}
