import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { OpError } from '../errors';
import { openUntouched, type Reader } from '../store/check-lab';
import { LabStore, labSchemaVersion, type StoreOptions } from '../store/lab-store';
import { LATEST_VERSION, migrate } from '../store/migrations';

export interface ReadOnlyLab {
  store: LabStore;
  schemaVersion: number;
  upgradedCopy: boolean;
}

function binding(opts: StoreOptions) {
  return opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {};
}

/**
 * A lab from an earlier version: the queries are written for the newest schema, and upgrading the file itself
 * would change it (and stop the earlier version opening it). So a consistent snapshot (VACUUM INTO, which reads
 * only) is upgraded in a private temporary folder and read there; the lab file is never touched.
 */
function upgradedCopy(reader: Reader, name: string, opts: StoreOptions): { db: Database.Database; close: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'labwb-compare-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const copy = join(dir, name);
    reader.db.prepare('VACUUM INTO ?').run(copy);
    const writable = new Database(copy, { fileMustExist: true, ...binding(opts) });
    try {
      migrate(writable);
    } finally {
      writable.close();
    }
    const db = new Database(copy, { readonly: true, fileMustExist: true, ...binding(opts) });
    return {
      db,
      close: () => {
        db.close();
        remove();
      },
    };
  } catch (e) {
    remove();
    throw e;
  }
}

/**
 * Runs `read` over the lab at `path` without changing a byte of it or leaving a file beside it (check-lab's
 * openUntouched). A lab from a newer version is refused (LAB_TOO_NEW); one from an earlier version is read
 * through an upgraded temporary copy. The connection is closed before this returns, so labs are held one at
 * a time and memory stays bounded however many are compared.
 */
export function withReadOnlyLab<T>(path: string, opts: StoreOptions, read: (lab: ReadOnlyLab) => T): T {
  const name = basename(path);
  let reader: Reader;
  try {
    reader = openUntouched(path, opts);
  } catch (e) {
    if (e instanceof OpError) throw e;
    throw new OpError('LAB_DAMAGED', `“${name}” is damaged and cannot be read (${(e as Error).message}). Open a backup.`);
  }
  let upgraded: { db: Database.Database; close: () => void } | undefined;
  try {
    const version = labSchemaVersion(reader.db, name);
    if (version > LATEST_VERSION) {
      throw new OpError('LAB_TOO_NEW', `“${name}” was saved by a newer version of the workbench (schema ${version}); this app reads schemas up to ${LATEST_VERSION}, so update the app to compare it.`);
    }
    if (version < LATEST_VERSION) upgraded = upgradedCopy(reader, name, opts);
    const store = LabStore.overReadOnly(upgraded?.db ?? reader.db, path);
    // One read transaction: every figure of the lab comes from the same state while another window writes.
    return store.tx(() => read({ store, schemaVersion: version, upgradedCopy: upgraded !== undefined }));
  } finally {
    upgraded?.close();
    reader.close();
  }
}
