import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SavedCodingCopy } from '../../shared/domain/coder-copy';
import { OpError } from '../errors';
import { getLab } from '../lab/lab-profile';
import type { LabStore, StoreOptions } from '../store/lab-store';
import {
  countExcerptsAndCodings,
  findOrAddCoder,
  hideOtherCoders,
  insertCodingCopyMark,
  isCodingCopy,
  startCopyHistory,
} from '../store/queries/coder-copy-queries';

/**
 * Writes a copy of the open lab for a second coder: a consistent snapshot (VACUUM INTO), marked with the lab it
 * came from, for whom and when, with a history of its own. With `hideOthers`, every other coder's codings, tags,
 * memos and the excerpts left without a coding by `forCoder` are removed from the copy (secure_delete and a
 * final VACUUM leave none of their text in free pages), so the second coder codes blind.
 */
export function saveCodingCopy(
  store: LabStore,
  path: string,
  forCoder: string,
  hideOthers: boolean,
  opts: StoreOptions = {},
): SavedCodingCopy {
  const target = resolve(path);
  if (target === resolve(store.path)) throw new OpError('CONFLICT', 'path: a copy cannot replace the open lab itself');
  if (existsSync(target)) throw new OpError('CONFLICT', `path: a file already exists at ${target}`);
  if (isCodingCopy(store)) {
    throw new OpError('CONFLICT', 'This lab is itself a coding copy; make copies for coding from the original lab.');
  }
  const originLabId = getLab(store).id;
  store.saveCopyTo(target);
  const db = new Database(target, { fileMustExist: true, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) });
  try {
    const at = new Date().toISOString();
    const copyId = randomUUID();
    db.pragma('journal_mode = DELETE');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    const made = db.transaction(() => {
      const forCoderId = findOrAddCoder(db, forCoder, at, randomUUID());
      const hidden = hideOthers ? hideOtherCoders(db, forCoderId) : { excerpts: 0, codings: 0, memos: 0 };
      startCopyHistory(db);
      insertCodingCopyMark(db, { id: copyId, originLabId, forCoderId, hideOthers, at });
      return { forCoderId, hidden };
    })();
    db.exec('VACUUM');
    const counts = countExcerptsAndCodings(db);
    db.close();
    return {
      copyId,
      originLabId,
      forCoderId: made.forCoderId,
      forCoderName: forCoder,
      hideOthers,
      madeAt: at,
      path: target,
      bytes: statSync(target).size,
      ...counts,
      hidden: made.hidden,
    };
  } catch (e) {
    if (db.open) db.close();
    // A half-made copy is not a copy: it must not be sent to anyone.
    rmSync(target, { force: true });
    throw e;
  }
}
