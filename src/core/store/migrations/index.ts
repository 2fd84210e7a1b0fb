import type { Database } from 'better-sqlite3';
import { OpError } from '../../errors';
import foundation from './0010-foundation';
import sourcesAndCoding from './0020-sources-and-coding';
import evidenceMemosQueries from './0030-evidence-memos-queries';
import labTracking from './0040-lab-tracking';
import reports from './0050-reports';
import publicSpeakers from './0060-public-speakers';
import codingCopies from './0070-coding-copies';
import transcriptEdits from './0080-transcript-edits';
import recordings from './0090-recordings';
import surveySources from './0100-survey-sources';
import assistant from './0110-assistant';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly up: (db: Database) => void;
}

/** Forward-only and never edited once shipped; fix forward with a new number. Steps of 10 leave room. */
export const MIGRATIONS: readonly Migration[] = [
  { version: 10, name: 'foundation', up: foundation },
  { version: 20, name: 'sources-and-coding', up: sourcesAndCoding },
  { version: 30, name: 'evidence-memos-queries', up: evidenceMemosQueries },
  { version: 40, name: 'lab-tracking', up: labTracking },
  { version: 50, name: 'reports', up: reports },
  { version: 60, name: 'public-speakers', up: publicSpeakers },
  { version: 70, name: 'coding-copies', up: codingCopies },
  { version: 80, name: 'transcript-edits', up: transcriptEdits },
  { version: 90, name: 'recordings', up: recordings },
  { version: 100, name: 'survey-sources', up: surveySources },
  { version: 110, name: 'assistant', up: assistant },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

for (let i = 1; i < MIGRATIONS.length; i++) {
  if (MIGRATIONS[i]!.version <= MIGRATIONS[i - 1]!.version) throw new Error('migrations must be in increasing order');
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a lab file up to `target` (the newest by default) in one transaction, so a failed step leaves the
 * file exactly as it was. Tests pass an older target to build the schema a previous release made.
 */
export function migrate(db: Database, target: number = LATEST_VERSION, list: readonly Migration[] = MIGRATIONS): number {
  const current = schemaVersion(db);
  if (current > list[list.length - 1]!.version) {
    throw new OpError('LAB_TOO_NEW', `This lab was saved by a newer version of the workbench (schema ${current}); update the app to open it.`);
  }
  const pending = list.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return current;
  db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  })();
  return pending[pending.length - 1]!.version;
}
