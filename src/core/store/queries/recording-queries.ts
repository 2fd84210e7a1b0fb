import type { Recording } from '../../../shared/domain/recording';
import type { LabStore } from '../lab-store';

interface RecordingRow {
  id: string;
  source_id: string;
  file_name: string;
  mime: string;
  sha256: string;
  byte_size: number;
  chunk_size: number;
  duration_ms: number | null;
  complete: number;
  created_at: string;
}

export interface StoredRecording extends Recording {
  chunkSize: number;
}

function toRecording(r: RecordingRow): StoredRecording {
  return {
    id: r.id,
    sourceId: r.source_id,
    fileName: r.file_name,
    mime: r.mime,
    video: r.mime.startsWith('video/'),
    sha256: r.sha256,
    byteSize: r.byte_size,
    durationMs: r.duration_ms,
    createdAt: r.created_at,
    chunkSize: r.chunk_size,
  };
}

/** A complete recording by id; one still being attached is not there yet. */
export function selectRecording(store: LabStore, id: string): StoredRecording | null {
  const row = store.stmt(`SELECT * FROM recording WHERE id = ? AND complete = 1`).get(id) as RecordingRow | undefined;
  return row ? toRecording(row) : null;
}

export function selectRecordingOfSource(store: LabStore, sourceId: string): StoredRecording | null {
  const row = store.stmt(`SELECT * FROM recording WHERE source_id = ? AND complete = 1`).get(sourceId) as RecordingRow | undefined;
  return row ? toRecording(row) : null;
}

/** Any row for the source, complete or left half-written by an attach that never finished. */
export function recordingIdOfSource(store: LabStore, sourceId: string): { id: string; complete: boolean } | null {
  const row = store.stmt(`SELECT id, complete FROM recording WHERE source_id = ?`).get(sourceId) as { id: string; complete: number } | undefined;
  return row ? { id: row.id, complete: row.complete === 1 } : null;
}

export function insertRecording(
  store: LabStore,
  r: { id: string; sourceId: string; fileName: string; mime: string; byteSize: number; chunkSize: number; createdAt: string; createdBy: string | null },
): void {
  store
    .stmt(
      `INSERT INTO recording (id, source_id, file_name, mime, sha256, byte_size, chunk_size, complete, created_at, created_by)
       VALUES (?, ?, ?, ?, '', ?, ?, 0, ?, ?)`,
    )
    .run(r.id, r.sourceId, r.fileName, r.mime, r.byteSize, r.chunkSize, r.createdAt, r.createdBy);
}

export function insertRecordingChunk(store: LabStore, recordingId: string, seq: number, bytes: Buffer): void {
  store.stmt(`INSERT INTO recording_chunk (recording_id, seq, bytes) VALUES (?, ?, ?)`).run(recordingId, seq, bytes);
}

export function completeRecording(store: LabStore, id: string, sha256: string, durationMs: number | null): void {
  store.stmt(`UPDATE recording SET sha256 = ?, duration_ms = ?, complete = 1 WHERE id = ?`).run(sha256, durationMs, id);
}

/** Deletes a recording with its chunks (they cascade). */
export function deleteRecording(store: LabStore, id: string): boolean {
  return store.stmt(`DELETE FROM recording WHERE id = ?`).run(id).changes > 0;
}

/** The chunks `first`..`last` in order, by the primary key: a seek reads only the chunks it needs. */
export function selectRecordingChunks(store: LabStore, id: string, first: number, last: number): { seq: number; bytes: Buffer }[] {
  return store
    .stmt(`SELECT seq, bytes FROM recording_chunk WHERE recording_id = ? AND seq BETWEEN ? AND ? ORDER BY seq`)
    .all(id, first, last) as { seq: number; bytes: Buffer }[];
}

export function coderIdByName(store: LabStore, name: string | null): string | null {
  if (!name) return null;
  return (store.stmt(`SELECT id FROM coder WHERE name = ?`).get(name) as { id: string } | undefined)?.id ?? null;
}

export function countRecordings(store: LabStore): number {
  return (store.stmt(`SELECT count(*) AS n FROM recording WHERE complete = 1`).get() as { n: number }).n;
}
