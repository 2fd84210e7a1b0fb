import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { OpError } from '../errors';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** `PRAGMA application_id` of every lab file: "SLWB". Tells a lab from any other SQLite database. */
export const LAB_APPLICATION_ID = 0x534c5742;

export interface HeaderFacts {
  pageSize: number;
  pageCount: number;
  bytes: number;
  /** The file is in WAL mode: SQLite reads it together with its `-wal` and `-shm` side files. */
  walMode: boolean;
}

/**
 * Reads the 100-byte SQLite header without opening the database, so that a file which is not a lab is
 * rejected before SQLite could touch it (opening in WAL mode would write to it).
 */
export function readLabHeader(path: string): HeaderFacts {
  const name = basename(path);
  let bytes: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new OpError('NOT_A_LAB', `“${name}” is a folder, not a lab file.`);
    bytes = st.size;
  } catch (e) {
    if (e instanceof OpError) throw e;
    throw new OpError('NOT_FOUND', `There is no lab file at ${path}.`);
  }
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r');
  let read: number;
  try {
    read = readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (read < 100 || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new OpError('NOT_A_LAB', `“${name}” is not a lab file: it is not an SQLite database.`);
  }
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pageCount = header.readUInt32BE(28);
  // The in-header size is valid only when the change counter matches "version-valid-for" (offsets 24, 92).
  const sizeIsValid = header.readUInt32BE(24) === header.readUInt32BE(92);
  if (sizeIsValid && pageCount > 0 && bytes < pageSize * pageCount) {
    throw new OpError(
      'LAB_DAMAGED',
      `“${name}” is damaged: it is ${bytes} bytes but should be ${pageSize * pageCount}. It may have been cut short while copying; open a backup.`,
    );
  }
  // Offsets 18 and 19 (write and read format versions) are 2 in WAL mode, 1 with a rollback journal.
  const walMode = header[18] === 2 || header[19] === 2;
  return { pageSize, pageCount, bytes, walMode };
}
