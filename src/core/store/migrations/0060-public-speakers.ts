import type { Database } from 'better-sqlite3';

/**
 * A speaker label the documenter has marked as public (themselves, a minister speaking on the record). Exports
 * that pseudonymise show every other label no participant is mapped to by a stand-in, because a label is often a
 * real name (Teams captions carry everyone's). Per source, like the mapping, so "everywhere" works the same way.
 */
export default function up(db: Database): void {
  db.exec(`ALTER TABLE source_speaker ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0, 1))`);
}
